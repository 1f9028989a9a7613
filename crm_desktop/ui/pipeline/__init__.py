"""Pipeline: the pipeline page of the main window."""
