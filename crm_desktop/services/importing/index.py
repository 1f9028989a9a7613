"""Finding the existing record a row matches (by email, domain, name or external id).

A million keys must fit in little memory: the index maps a 64-bit hash of the lower-cased key
to the record id packed in 16 bytes. A hit is checked against the record itself, so a hash
collision can never update the wrong record.
"""

from __future__ import annotations

import sqlite3
import uuid

from crm_desktop.services.importing.bulk import Writer


def _pack(record_id: str) -> bytes | str:
    try:
        packed = uuid.UUID(record_id)
    except ValueError:
        return record_id
    return packed.bytes if str(packed) == record_id else record_id


def _unpack(packed: bytes | str) -> str:
    return str(uuid.UUID(bytes=packed)) if isinstance(packed, bytes) else packed


def normalise_key(value: object) -> str | None:
    text = str(value).strip().lower() if value is not None else ""
    return text or None


class KeyIndex:
    """Live records of ``writer``'s table by one column, plus those this import created."""

    def __init__(self, conn: sqlite3.Connection, writer: Writer, column: str) -> None:
        self._conn = conn
        self._writer = writer
        self._column = column
        self._table = writer.table.name
        self._ids: dict[int, bytes | str] = {}
        rows = conn.execute(
            f'SELECT "{column}", id FROM "{self._table}" WHERE deleted_at IS NULL '
            f'AND "{column}" IS NOT NULL ORDER BY created_at DESC'
        )
        for value, record_id in rows:  # oldest last: the oldest record wins
            key = normalise_key(value)
            if key is not None:
                self._ids[hash(key)] = _pack(str(record_id))

    def add(self, key: str, record_id: str) -> None:
        self._ids[hash(key)] = _pack(record_id)

    def find(self, key: str) -> str | None:
        packed = self._ids.get(hash(key))
        if packed is None:
            return None
        record_id = _unpack(packed)
        current = self._writer.fetch(record_id)
        if current is not None and normalise_key(current.get(self._column)) == key:
            return record_id
        return self._scan(key)  # a hash collision: ask the database

    def _scan(self, key: str) -> str | None:
        self._writer.flush()
        row = self._conn.execute(
            f'SELECT id FROM "{self._table}" WHERE deleted_at IS NULL '
            f'AND lower(trim("{self._column}")) = ? ORDER BY created_at LIMIT 1',
            (key,),
        ).fetchone()
        return None if row is None else str(row[0])
