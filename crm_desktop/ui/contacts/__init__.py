"""Contacts: the contacts page of the main window."""
