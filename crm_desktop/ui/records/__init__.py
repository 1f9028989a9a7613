"""Record editors (contact, company, deal) with timeline, leads, duplicates and merge."""
