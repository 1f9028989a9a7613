"""Dashboards: the dashboards page of the main window."""
