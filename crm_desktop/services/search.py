"""Search as you type over names, emails, phones and company names (Chinese substrings too).

Queries of 3+ characters go to the FTS5 trigram tables; 1-2 character queries go to the
short-gram tables (CJK uni/bigrams, name prefixes): see ``crm_desktop.storage.search_index``.
Contacts and deals also match through their company's name. Results come in record order
(no ranking: a ranking pass over a million matches would cost more than the search).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.names import display_name
from crm_desktop.storage.database import Database
from crm_desktop.storage.search_index import fts_table, gram_table

KINDS = ("contact", "company", "deal")
#: CLI / user spellings of a kind
KIND_ALIASES = {"contacts": "contact", "companies": "company", "deals": "deal"}
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")

Cancelled = Callable[[], bool]


class SearchCancelled(CrmError):
    """A newer query replaced this one before it finished."""

    def __init__(self) -> None:
        super().__init__("search cancelled")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    detail: str


@dataclass(frozen=True)
class MatchQuery:
    """How one text is looked up: the index table, the SQL condition and its parameter."""

    short: bool
    term: str


def normalize(raw: str) -> MatchQuery | None:
    """The term to look up, or None when there is nothing to search for."""
    term = " ".join(raw.split()).lower()
    if not term:
        return None
    if _PHONE_LIKE.match(term) and sum(ch.isdigit() for ch in term) >= 3:
        term = "".join(ch for ch in term if ch.isdigit())
    return MatchQuery(short=len(term) < 3, term=term)


def matching_rowids_sql(kind: str, query: MatchQuery, cap: int | None = None) -> str:
    """SQL selecting rowids of ``kind`` records matching ``:term`` (own fields only)."""
    limit = f" LIMIT {int(cap)}" if cap else ""
    if query.short:
        return f"SELECT rid FROM {gram_table(kind)} WHERE gram = :term{limit}"
    return f"SELECT rowid FROM {fts_table(kind)} WHERE {fts_table(kind)} MATCH :fts{limit}"


def query_params(query: MatchQuery) -> dict[str, Any]:
    return {"term": query.term, "fts": '"' + query.term.replace('"', '""') + '"'}


def matching_condition(kind: str, alias: str, query: MatchQuery, cap: int | None) -> str:
    """A WHERE condition on ``alias`` (a ``kind`` table) for records matching the query."""
    own = f"{alias}.rowid IN ({matching_rowids_sql(kind, query, cap)})"
    if kind == "company":
        return own
    companies = (
        f"SELECT co_m.id FROM company co_m WHERE co_m.rowid IN "
        f"({matching_rowids_sql('company', query, cap)})"
    )
    return f"({own} OR {alias}.company_id IN ({companies}))"


@contextmanager
def interruptible(session: Session, cancelled: Cancelled | None) -> Iterator[None]:
    """Abort the running SQLite statement when ``cancelled()`` turns true."""
    if cancelled is None:
        yield
        return
    if cancelled():
        raise SearchCancelled()
    raw: Any = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, 2000)
    try:
        yield
    except Exception as exc:
        if cancelled() and "interrupt" in str(exc).lower():
            raise SearchCancelled() from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


_HIT_SQL = {
    "contact": (
        "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, co.name FROM contact c "
        "LEFT JOIN company co ON co.id = c.company_id "
        "WHERE {cond} AND c.deleted_at IS NULL LIMIT :limit"
    ),
    "company": (
        "SELECT c.id, c.name, c.domain, c.city FROM company c "
        "WHERE {cond} AND c.deleted_at IS NULL LIMIT :limit"
    ),
    "deal": (
        "SELECT c.id, c.name, co.name, c.amount, c.currency FROM deal c "
        "LEFT JOIN company co ON co.id = c.company_id "
        "WHERE {cond} AND c.deleted_at IS NULL LIMIT :limit"
    ),
}


def _hit(kind: str, row: Any) -> SearchHit:
    if kind == "contact":
        name = display_name(row[1], row[2]) or row[3] or ""
        detail = " · ".join(str(v) for v in (row[3], row[4], row[5]) if v)
        return SearchHit(kind, row[0], name, detail)
    if kind == "company":
        return SearchHit(kind, row[0], row[1], " · ".join(str(v) for v in row[2:] if v))
    amount = f"{row[3] / 100:,.2f} {row[4]}" if row[3] is not None else ""
    return SearchHit(kind, row[0], row[1], " · ".join(v for v in (row[2], amount) if v))


class SearchService:
    """``search(text, kind, limit)``: the GUI's search boxes and ``main.py search`` use it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(
        self,
        raw: str,
        kind: str | None = None,
        limit: int = 20,
        cancelled: Cancelled | None = None,
    ) -> list[SearchHit]:
        """Matches of ``raw`` among live records of ``kind`` (all kinds when None)."""
        query = normalize(raw)
        if query is None or limit <= 0:
            return []
        kinds = [KIND_ALIASES.get(kind, kind)] if kind else list(KINDS)
        for k in kinds:
            if k not in KINDS:
                raise ValueError(f"unknown kind {kind!r}: use contacts, companies or deals")
        hits: list[SearchHit] = []
        with self._db.session(write=False) as session, interruptible(session, cancelled):
            for k in kinds:
                cap = max(limit * 4, 200)
                sql = _HIT_SQL[k].format(cond=matching_condition(k, "c", query, cap))
                params = {**query_params(query), "limit": limit - len(hits)}
                rows = session.execute(text(sql), params).all()
                hits.extend(_hit(k, row) for row in rows)
                if len(hits) >= limit:
                    break
        return hits
