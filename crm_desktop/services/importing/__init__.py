"""Importing contacts, companies, deals, activities and tasks from CSV/TSV/XLSX files.

``runner.ImportService`` is the entry point for the wizard and the CLI alike. This package
file imports nothing, so the CLI's argument parser stays fast.
"""
