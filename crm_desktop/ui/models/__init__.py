"""Shared Qt item models and list building blocks of the record lists."""
