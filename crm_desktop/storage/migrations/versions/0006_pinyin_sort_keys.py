"""lists: stored pinyin sort keys of names, with list indexes over them

Adds the key columns (storage/sort_keys.py) ``contact.sort_last_name`` / ``sort_first_name``,
``company.sort_name`` and ``deal.sort_name``, fills them (``sort_keys.backfill``: keys computed
in Python, no app-defined SQL function, so the file stays writable by any SQLite tool), then
rebuilds the lists' partial covering indexes of 0002 (``ix_list_<kind>_name``) over the keys
and adds the (empty) partial indexes of rows missing a key. 1M contacts and 250k companies
take 20-50 s (a loaded 2-core machine): rewriting every row, and pypinyin for 93k Chinese
company names.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from crm_desktop.storage import search_index, sort_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: The list indexes over the keys (same names as 0002's over the names, which ListService
#: hints with ``INDEXED BY``): live records only; ``deleted_at`` makes them covering.
LIST_INDEXES = {
    "ix_list_contact_name": "contact (sort_last_name, sort_first_name, deleted_at) "
    "WHERE deleted_at IS NULL",
    "ix_list_company_name": "company (sort_name, deleted_at) WHERE deleted_at IS NULL",
    "ix_list_deal_name": "deal (sort_name, deleted_at) WHERE deleted_at IS NULL",
}


def _driver_connection() -> Any:
    """The DB-API connection (sqlite3, or SQLCipher's for an encrypted file)."""
    return op.get_bind().connection.driver_connection


def upgrade() -> None:
    for table, names in sort_keys.NAME_KEYS.items():
        for key in names.values():
            op.add_column(table, sa.Column(key, sa.Text(), nullable=True))
    conn = _driver_connection()
    for table in sort_keys.NAME_KEYS:
        sort_keys.backfill(conn, table)
    for name, on in LIST_INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON {on}")
    for table in sort_keys.NAME_KEYS:
        op.execute(sort_keys.missing_index(table)[1])


def downgrade() -> None:
    for table in sort_keys.NAME_KEYS:
        op.execute(f"DROP INDEX IF EXISTS {sort_keys.missing_index(table)[0]}")
    for name in LIST_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in search_index.list_index_statements():  # 0002's, over the names
        op.execute(statement)
    for table, names in sort_keys.NAME_KEYS.items():
        for key in reversed(names.values()):  # native DROP COLUMN: keeps the triggers
            op.execute(f'ALTER TABLE {table} DROP COLUMN "{key}"')
