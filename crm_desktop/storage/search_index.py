"""The search index: FTS5 trigram tables plus short-gram tables, kept in sync by triggers.

Each searchable kind (contact, company, deal) has

- ``<kind>_fts``: an FTS5 ``trigram`` table (rowid = the record's rowid) over its names,
  emails and phones. It answers substring queries of 3+ characters.
- ``<kind>_gram``: a ``WITHOUT ROWID`` table of (gram, rid) for queries of 1-2 characters,
  which the trigram tokenizer cannot answer: every CJK character and pair of adjacent CJK
  characters of the record's name ("张伟明" -> 张, 伟, 明, 张伟, 伟明), plus the lowercased
  first one and two characters of each name part (so "jo" finds "John").

Triggers on the record tables maintain both, so every insert (ORM, Core bulk inserts of the
demo generator, imports) is indexed. ``rebuild`` refills the index from scratch (after a bulk
load with ``suspended_triggers`` or if the index is ever suspected stale).

The tables are created by migration 0002 with raw SQL; autogenerate must skip them
(``is_index_table``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

#: Longest name (in characters) whose grams are indexed; longer names are cut.
MAX_GRAM_TEXT = 120
#: Code points from here on count as CJK for the short-gram index.
CJK_START = 0x2E80


@dataclass(frozen=True)
class IndexedKind:
    table: str
    #: FTS columns -> SQL expression over the row alias (``new.`` / ``old.`` / table name)
    fts_columns: dict[str, str]
    #: SQL expression of the text whose CJK grams are indexed
    gram_text: str
    #: SQL expressions whose first 1-2 characters are indexed
    prefixes: tuple[str, ...]
    #: columns whose update re-indexes the row
    watched: tuple[str, ...]


def _digits(expr: str) -> str:
    out = f"coalesce({expr}, '')"
    for ch in (" ", "-", "(", ")", "+", ".", "/"):
        out = f"replace({out}, '{ch}', '')"
    return out


def _c(expr: str) -> str:
    return f"coalesce({expr}, '')"


KINDS: dict[str, IndexedKind] = {
    "contact": IndexedKind(
        table="contact",
        fts_columns={
            "name": "trim({r}first_name || ' ' || {r}last_name) || ' ' || {r}last_name"
            " || {r}first_name",
            "email": "{r}email || ' ' || {r}other_emails",
            "phone": "{r}phone || ' ' || {r}digits_phone || ' ' || {r}other_phones",
        },
        gram_text="{r}last_name || {r}first_name",
        prefixes=("{r}first_name", "{r}last_name"),
        watched=("first_name", "last_name", "email", "phone", "other_emails", "other_phones"),
    ),
    "company": IndexedKind(
        table="company",
        fts_columns={
            "name": "{r}name",
            "email": "{r}domain || ' ' || {r}website",
            "phone": "{r}phone || ' ' || {r}digits_phone",
        },
        gram_text="{r}name",
        prefixes=("{r}name",),
        watched=("name", "domain", "website", "phone"),
    ),
    "deal": IndexedKind(
        table="deal",
        fts_columns={"name": "{r}name"},
        gram_text="{r}name",
        prefixes=("{r}name",),
        watched=("name",),
    ),
}

SEARCHABLE_COLUMNS = {
    "first_name",
    "last_name",
    "email",
    "other_emails",
    "phone",
    "other_phones",
    "name",
    "domain",
    "website",
}


def _render(template: str, alias: str) -> str:
    """Fill ``{r}col`` placeholders with coalesced columns of ``alias`` ("new", "old", ...)."""
    out = template
    for col in sorted(SEARCHABLE_COLUMNS, key=len, reverse=True):
        out = out.replace("{r}" + col, _c(f"{alias}.{col}"))
    out = out.replace("{r}digits_phone", _digits(f"{alias}.phone"))
    return out


def fts_table(kind: str) -> str:
    return f"{kind}_fts"


def gram_table(kind: str) -> str:
    return f"{kind}_gram"


def _gram_select(spec: IndexedKind, alias: str) -> str:
    """SELECT (gram) rows of one record: CJK uni/bigrams and name-part prefixes."""
    text = f"lower(substr({_render(spec.gram_text, alias)}, 1, {MAX_GRAM_TEXT}))"
    cjk = (
        f"SELECT substr(t, p.n, 1) AS g, substr(t, p.n, 2) AS g2 FROM search_pos p, "
        f"(SELECT {text} AS t) WHERE p.n <= length(t) "
        f"AND unicode(substr(t, p.n, 1)) >= {CJK_START}"
    )
    parts = [
        f"SELECT g FROM ({cjk})",
        f"SELECT g2 FROM ({cjk}) WHERE length(g2) = 2 AND unicode(substr(g2, 2, 1)) >= {CJK_START}",
    ]
    for prefix in spec.prefixes:
        expr = f"lower({_render(prefix, alias)})"
        parts.append(f"SELECT substr({expr}, 1, 1) WHERE length({expr}) >= 1")
        parts.append(f"SELECT substr({expr}, 1, 2) WHERE length({expr}) >= 2")
    return " UNION ".join(parts)


def _insert_sql(spec: IndexedKind, alias: str, rowid: str) -> list[str]:
    kind = spec.table
    cols = ", ".join(spec.fts_columns)
    values = ", ".join(_render(expr, alias) for expr in spec.fts_columns.values())
    return [
        f"INSERT INTO {fts_table(kind)}(rowid, {cols}) VALUES ({rowid}, {values})",
        f"INSERT OR IGNORE INTO {gram_table(kind)}(gram, rid) "
        f"SELECT g, {rowid} FROM ({_gram_select(spec, alias)}) WHERE g <> ''",
    ]


def _delete_sql(spec: IndexedKind, alias: str, rowid: str) -> list[str]:
    kind = spec.table
    return [
        f"DELETE FROM {fts_table(kind)} WHERE rowid = {rowid}",
        f"DELETE FROM {gram_table(kind)} WHERE rid = {rowid} AND gram IN "
        f"(SELECT g FROM ({_gram_select(spec, alias)}))",
    ]


def create_statements() -> list[str]:
    """DDL of the whole index (tables, positions helper, triggers)."""
    stmts = [
        "CREATE TABLE IF NOT EXISTS search_pos (n INTEGER PRIMARY KEY)",
        _positions_insert(),
    ]
    for kind, spec in KINDS.items():
        cols = ", ".join(spec.fts_columns)
        stmts.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts_table(kind)} USING fts5("
            f"{cols}, tokenize='trigram')"
        )
        stmts.append(
            f"CREATE TABLE IF NOT EXISTS {gram_table(kind)} (gram TEXT NOT NULL, "
            "rid INTEGER NOT NULL, PRIMARY KEY (gram, rid)) WITHOUT ROWID"
        )
        stmts.extend(trigger_statements(kind))
    return stmts


def _positions_insert() -> str:
    values = ", ".join(f"({n})" for n in range(1, MAX_GRAM_TEXT + 1))
    return f"INSERT OR IGNORE INTO search_pos(n) VALUES {values}"


def trigger_statements(kind: str) -> list[str]:
    spec = KINDS[kind]
    table = spec.table
    body_ins = ";\n".join(_insert_sql(spec, "new", "new.rowid"))
    body_del = ";\n".join(_delete_sql(spec, "old", "old.rowid"))
    watched = ", ".join(spec.watched)
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_search_ai AFTER INSERT ON {table} "
        f"BEGIN {body_ins}; END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_search_ad AFTER DELETE ON {table} "
        f"BEGIN {body_del}; END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_search_au AFTER UPDATE OF {watched} ON {table} "
        f"BEGIN {body_del};\n{body_ins}; END",
    ]


def trigger_names() -> list[str]:
    return [f"{k}_search_{s}" for k in KINDS for s in ("ai", "ad", "au")]


def drop_statements() -> list[str]:
    stmts = [f"DROP TRIGGER IF EXISTS {name}" for name in trigger_names()]
    for kind in KINDS:
        stmts.append(f"DROP TABLE IF EXISTS {fts_table(kind)}")
        stmts.append(f"DROP TABLE IF EXISTS {gram_table(kind)}")
    stmts.append("DROP TABLE IF EXISTS search_pos")
    stmts.extend(f"DROP INDEX IF EXISTS {name}" for name in LIST_INDEXES)
    return stmts


def is_index_table(name: str | None) -> bool:
    """Tables of the search index (incl. FTS5 shadow tables): not modelled, autogenerate skips."""
    if not name:
        return False
    if name == "search_pos":
        return True
    return any(name == gram_table(k) or name.startswith(fts_table(k)) for k in KINDS)


def rebuild(conn: Connection) -> None:
    """Refill the whole index from the record tables (one transaction of the caller)."""
    for kind, spec in KINDS.items():
        conn.exec_driver_sql(f"DELETE FROM {fts_table(kind)}")
        conn.exec_driver_sql(f"DELETE FROM {gram_table(kind)}")
        cols = ", ".join(spec.fts_columns)
        values = ", ".join(_render(e, spec.table) for e in spec.fts_columns.values())
        conn.exec_driver_sql(
            f"INSERT INTO {fts_table(kind)}(rowid, {cols}) "
            f"SELECT {spec.table}.rowid, {values} FROM {spec.table}"
        )
        conn.exec_driver_sql(_rebuild_grams_sql(spec))


def _rebuild_grams_sql(spec: IndexedKind) -> str:
    t = spec.table
    text = f"lower(substr({_render(spec.gram_text, t)}, 1, {MAX_GRAM_TEXT}))"
    selects = [
        f"SELECT substr(x.t, p.n, 1) AS g, x.rid FROM search_pos p, "
        f"(SELECT {text} AS t, rowid AS rid FROM {t}) x "
        f"WHERE p.n <= length(x.t) AND unicode(substr(x.t, p.n, 1)) >= {CJK_START}",
        f"SELECT substr(x.t, p.n, 2) AS g, x.rid FROM search_pos p, "
        f"(SELECT {text} AS t, rowid AS rid FROM {t}) x "
        f"WHERE p.n < length(x.t) AND unicode(substr(x.t, p.n, 1)) >= {CJK_START} "
        f"AND unicode(substr(x.t, p.n + 1, 1)) >= {CJK_START}",
    ]
    for prefix in spec.prefixes:
        expr = f"lower({_render(prefix, t)})"
        selects.append(f"SELECT substr({expr}, 1, 1), rowid FROM {t} WHERE length({expr}) >= 1")
        selects.append(f"SELECT substr({expr}, 1, 2), rowid FROM {t} WHERE length({expr}) >= 2")
    union = " UNION ALL ".join(selects)
    return f"INSERT OR IGNORE INTO {gram_table(t)}(gram, rid) SELECT g, rid FROM ({union})"


@contextmanager
def suspended_triggers(conn: Connection) -> Iterator[None]:
    """Bulk loads: drop the index triggers, load, then rebuild the index and re-create them."""
    for name in trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        rebuild(conn)
        for kind in KINDS:
            for stmt in trigger_statements(kind):
                conn.exec_driver_sql(stmt)


#: Partial covering indexes of the lists' default sort (live records by name): the ids of a
#: million contacts come from the index alone, without touching the table rows. ``deleted_at``
#: (always NULL in them) is a column too, so that the index covers the query.
LIST_INDEXES = {
    "ix_list_contact_name": "contact (last_name, first_name, deleted_at) WHERE deleted_at IS NULL",
    "ix_list_company_name": "company (name, deleted_at) WHERE deleted_at IS NULL",
    "ix_list_deal_name": "deal (name, deleted_at) WHERE deleted_at IS NULL",
}


def list_index_statements() -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS {name} ON {on}" for name, on in LIST_INDEXES.items()]


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: the search index is not part of the models."""
    if type_ == "index" and name in LIST_INDEXES:
        return False
    return not (type_ == "table" and is_index_table(name))
