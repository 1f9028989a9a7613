"""Dialogs shared by several features."""
