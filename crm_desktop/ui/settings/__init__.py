"""Settings: the settings page of the main window."""
