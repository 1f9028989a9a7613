"""Rep performance reports: the Reports menu, dialog, preview, PDF and the schedule timer."""
