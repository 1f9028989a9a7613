"""Demo data plumbing: constants, progress, ids, the clock and weighted choices."""

from __future__ import annotations

import bisect
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate
from typing import Generic, TypeVar

from crm_desktop.services import demo_data as dd

DAY = 86_400
HOUR = 3_600
YEAR = 365 * DAY
#: How far back the oldest records go, and how far ahead dates are needed (close dates, targets).
HISTORY_DAYS = 3 * 365 + 60
FUTURE_DAYS = 200
#: Office hours start at 08:30 local time and last ten hours.
OFFICE_START = 8 * HOUR + 30 * 60
OFFICE_SPAN = 10 * HOUR
#: Rows per ``executemany`` (and per progress report).
CHUNK = 10_000
DEAL_CHUNK = 2_000
#: A table that gets at least this many rows is loaded without its secondary indexes.
BIG_TABLE_ROWS = 50_000
#: From this many searchable records (contacts, companies, deals) on, the search index triggers
#: are dropped during the load and the index is rebuilt once at the end.
BULK_SEARCH_INDEX_ROWS = 20_000
#: Progress units per row for rebuilding one index (a row insert is one unit).
INDEX_UNITS_PER_ROW = 1 / 8

Row = tuple[object, ...]
T = TypeVar("T")
ACTIVITY_COLUMNS = (
    "id", "type", "subject", "body", "occurred_at", "duration_minutes", "outcome", "created_at",
    "updated_at", "owner_id", "contact_id", "company_id", "deal_id", "custom",
)  # fmt: skip
#: A logged activity is recorded when it happens: created_at and updated_at repeat occurred_at.
LOGGED_ACTIVITY_VALUES = ", ".join(["?"] * 13) + ", '{}'"


def _with_record_times(row: Row) -> Row:
    """Expand a logged activity row: created_at = updated_at = occurred_at (index 4)."""
    return (*row[:7], row[4], row[4], *row[7:])


ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoResult:
    #: table name -> rows inserted
    counts: dict[str, int]


class DemoCancelled(Exception):
    """Generation was cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("demo data generation was cancelled; nothing was written")


class _Progress:
    """Counts work units, reports them and raises ``DemoCancelled`` when asked to stop."""

    def __init__(
        self, report: ProgressCallback | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self._report = report
        self._cancelled = cancelled
        self.total = 1
        self.done = 0

    def start(self, total: int) -> None:
        self.total = max(1, total)
        self.done = 0
        self._emit()

    def advance(self, units: float) -> None:
        self.done = min(self.total, self.done + max(0, round(units)))
        self._emit()

    def finish(self) -> None:
        self.done = self.total
        self._emit()

    def _emit(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelled()
        if self._report is not None:
            self._report(self.done, self.total)


_UUID_CLEAR = ~((0xF << 76) | (0x3 << 62))
_UUID_SET = (0x4 << 76) | (0x2 << 62)


class _Ids:
    """Random version-4 UUIDs, drawn from the seeded generator, in ascending order.

    Ascending ids append to the primary key index instead of splitting pages all over it; each
    id still carries at least 80 random bits. Up to ``capacity`` ids; more (or all of them,
    when ``capacity`` is 0) are unordered random ids.
    """

    def __init__(self, rng: random.Random, capacity: int = 0) -> None:
        self._bits = rng.getrandbits
        width = max(1, capacity).bit_length()
        self._shift = 128 - width
        self._limit = (1 << width) if capacity > 0 else 0
        self._next = 0

    def __call__(self) -> str:
        if self._next < self._limit:
            x = (self._next << self._shift) | self._bits(self._shift)
            self._next += 1
        else:
            x = self._bits(128)
        h = "%032x" % ((x & _UUID_CLEAR) | _UUID_SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def _clock_texts() -> tuple[str, ...]:
    """``HH:MM:SS.000000`` for every second of a day."""
    return tuple(
        f"{h:02d}:{m:02d}:{s:02d}.000000" for h in range(24) for m in range(60) for s in range(60)
    )


class _Time:
    """Moments as whole seconds since ``origin`` (midnight UTC), formatted the stored way."""

    def __init__(self, today: date) -> None:
        self.origin = today - timedelta(days=HISTORY_DAYS)
        #: Midnight UTC at the start of ``today``: everything before it is the past.
        self.now = HISTORY_DAYS * DAY
        self.end = (HISTORY_DAYS + FUTURE_DAYS) * DAY - 1
        days = [self.origin + timedelta(days=i) for i in range(HISTORY_DAYS + FUTURE_DAYS)]
        self.days = days
        self.dates = [d.isoformat() for d in days]
        self.prefixes = [text + " " for text in self.dates]
        self.clock = _clock_texts()
        last = len(days) - 1
        #: The nearest workday: Saturday -> Friday, Sunday -> Monday.
        self.workday = [
            i - 1 if d.weekday() == 5 else min(last, i + 1) if d.weekday() == 6 else i
            for i, d in enumerate(days)
        ]

    def stamp(self, moment: int) -> str:
        return self.prefixes[moment // DAY] + self.clock[moment % DAY]

    def day_text(self, moment: int) -> str:
        return self.dates[moment // DAY]

    def clamp(self, moment: int) -> int:
        return min(max(moment, 0), self.end)


class _Weighted(Generic[T]):
    """A weighted choice among fixed options, with the cumulative weights computed once."""

    def __init__(self, options: Sequence[T], weights: Sequence[float]) -> None:
        self.options = tuple(options)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rand: Callable[[], float]) -> T:
        return self.options[bisect.bisect(self.cumulative, rand() * self.total)]


EMPLOYEE_BANDS = _Weighted(
    ((1, 10), (11, 50), (51, 200), (201, 1_000), (1_001, 10_000), (10_001, 80_000)),
    (10, 28, 30, 20, 10, 2),
)
SOURCES_EN = _Weighted(range(len(dd.SOURCES)), dd.SOURCE_WEIGHTS_EN)
SOURCES_ZH = _Weighted(range(len(dd.SOURCES)), dd.SOURCE_WEIGHTS_ZH)
#: Open (and lost) deals sit in early stages more often than in late ones.
STAGE_SPREAD = (30, 25, 20, 15, 10)
EXTRA_DEAL_CONTACTS = _Weighted((0, 1, 2), (50, 35, 15))
LEAD_STATUSES = _Weighted(
    ("new", "open", "in_progress", "connected", "unqualified", "bad_timing"),
    (25, 20, 20, 15, 12, 8),
)
PROSPECT_STAGES = _Weighted(("subscriber", "lead", "mql", "sql", "other"), (12, 40, 22, 18, 8))
PRIORITIES = _Weighted(("low", "normal", "high"), (20, 60, 20))
NPS_SCORES = _Weighted(range(11), dd.NPS_SCORE_WEIGHTS)
NPS_CHURNED_SCORES = _Weighted(range(11), dd.NPS_CHURNED_WEIGHTS)


@lru_cache(maxsize=4096)
def _slug(text: str, sep: str = "") -> str:
    ascii_text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("é", "e")
        .replace("&", " ")
    )
    words = [
        "".join(ch for ch in w.lower() if ch.isascii() and ch.isalnum()) for w in ascii_text.split()
    ]
    return sep.join(w for w in words if w)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values))
