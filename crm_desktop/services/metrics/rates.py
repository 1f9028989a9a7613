"""Currency conversion as one SQL ``CASE`` over the rates read once per query.

``base.rate_sql`` looks each row's rate up with two correlated subqueries: a few microseconds
per row, which adds up over tens of thousands of summary rows or deals. The rate table is
small, so ``RateCase`` reads it once and writes the same rule (latest ``effective_from`` on or
before the day, else the first rate; the base currency at 1; no rate at all: NULL) as a
``CASE`` whose values are bound parameters: a few comparisons per row. Ties on
``effective_from`` resolve as the index-ordered subqueries do (the latest row; the first row
for the "before the first rate" fallback). With very many rates it returns ``rate_sql``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.services.metrics.base import rate_sql

#: Above this many rate rows the CASE would be long: the correlated subqueries are used.
MAX_CASE_RATES = 200


class RateCase:
    """The rates of one query: ``sql(day, alias)`` and the ``params`` it binds."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            text(
                "SELECT code, effective_from, rate FROM currency_rate "
                "ORDER BY code, effective_from, rowid"
            )
        ).all()
        self.fallback = len(rows) > MAX_CASE_RATES
        self.params: dict[str, Any] = {}
        self._by_code: dict[str, list[tuple[str, str]]] = {}
        if self.fallback:
            return
        codes: dict[str, int] = {}
        for i, (code, effective_from, rate) in enumerate(rows):
            index = codes.setdefault(code, len(codes))
            self.params[f"rc_{index}"] = code
            self.params[f"rf_{i}"] = effective_from
            self.params[f"rr_{i}"] = rate
            self._by_code.setdefault(f"rc_{index}", []).append((f"rf_{i}", f"rr_{i}"))

    def sql(self, day_expr: str, alias: str = "d") -> str:
        """The base-currency value of one unit of ``alias.currency`` on ``day_expr``."""
        if self.fallback:
            return rate_sql(day_expr, alias)
        branches = ["WHEN :base THEN 1.0"]
        for code, rates in self._by_code.items():
            branches.append(f"WHEN :{code} THEN {self._on_day(day_expr, rates)}")
        return f"(CASE {alias}.currency {' '.join(branches)} END)"

    @staticmethod
    def _on_day(day_expr: str, rates: list[tuple[str, str]]) -> str:
        first = rates[0][1]
        if len(rates) == 1:
            return f":{first}"
        latest_first = " ".join(
            f"WHEN {day_expr} >= :{day} THEN :{rate}" for day, rate in reversed(rates[1:])
        )
        return f"(CASE {latest_first} ELSE :{first} END)"
