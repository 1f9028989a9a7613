"""Alembic environment: always run on a connection handed over by crm-desktop."""

from __future__ import annotations

from alembic import context

from crm_desktop.storage.models import Base
from crm_desktop.storage.search_index import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("crm-desktop runs its migrations itself, on an open connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The search index (FTS5 tables, gram tables) is raw SQL of migration 0002, not models.
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
