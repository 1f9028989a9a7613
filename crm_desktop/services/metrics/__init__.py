"""Dashboard and report metrics: SQL aggregates over the definitions of DESIGN.md section 3."""
