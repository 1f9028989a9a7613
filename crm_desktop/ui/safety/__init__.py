"""Data safety in the GUI: recovering a damaged database, backups in Settings."""
