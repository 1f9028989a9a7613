"""Deals: the deals page of the main window."""
