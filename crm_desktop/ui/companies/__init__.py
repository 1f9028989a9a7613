"""Companies: the companies page of the main window."""
