"""The schema revision this build writes; must equal the Alembic head (a test checks)."""

SCHEMA_REVISION = "0007"
