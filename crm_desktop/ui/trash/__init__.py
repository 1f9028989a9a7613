"""The Trash view."""
