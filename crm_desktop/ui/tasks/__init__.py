"""Tasks: the tasks page of the main window."""
