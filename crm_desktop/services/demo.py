"""Demo data: a believable sales team with a year of history, deterministic and fast.

``DemoService.generate`` writes everything in ONE write transaction: a cancel or a crash leaves
nothing behind. Rows are built as *stored* values (money in hundredths, timestamps as naive-UTC
text, JSON as text; see ``storage/types.py``) and written with ``executemany`` in chunks, straight
through the transaction's DB-API cursor. Tables that receive very many rows are loaded without
their secondary indexes, which are rebuilt (same SQL) before the commit. Demo data is a bulk
load: it writes no change log rows.

Everything random comes from one ``random.Random(seed)``, ids included, and every moment is
relative to ``today``: the same seed on the same day gives byte-identical data.

How the history hangs together:
- A plan of companies, contacts and deals is drawn first (in memory, compact); what depends on
  the deals (a company becomes a customer when it wins a deal, churns when a renewal is lost,
  a contact on an open deal is an opportunity) is known before any row is written.
- Deals are created over the last 12 months; about 30% won, 35% lost, the rest open. Every move
  between stages and every close has a ``stage_change`` row (as ``DealService`` and
  ``BoardMoves`` write them). Some open deals are "rotting": nothing logged for longer than their
  stage's rotting days and nothing scheduled. Others have hygiene problems (close date in the
  past, no amount, no close date, no next step).
- Activities are logged in each owner's office hours on workdays; ``last_activity_at`` of
  contacts, companies and deals is the latest past activity linked to them.
"""

from __future__ import annotations

import bisect
import json
import math
import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, chain, islice
from typing import Generic, TypeVar

from sqlalchemy import Connection

from crm_desktop.services import demo_data as dd
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import writer

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
MAX_CONTACTS = 1_000_000
MAX_USERS = 200

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
class DemoSize:
    """How many records of each kind to generate."""

    users: int
    companies: int
    contacts: int
    deals: int
    activities: int
    tasks: int
    nps: int


SMALL = DemoSize(
    users=6, companies=150, contacts=600, deals=300, activities=4_000, tasks=200, nps=120
)
LARGE = DemoSize(
    users=16,
    companies=20_000,
    contacts=100_000,
    deals=20_000,
    activities=1_000_000,
    tasks=20_000,
    nps=20_000,
)


def scaled_size(contacts: int) -> DemoSize:
    """A data set with ``contacts`` contacts and everything else in the proportions of "small"."""
    if contacts < 1:
        raise ValueError("a demo data set needs at least one contact")
    return DemoSize(
        users=min(24, max(6, contacts // 6_000)),
        companies=math.ceil(contacts / 4),
        contacts=contacts,
        deals=math.ceil(contacts / 2),
        activities=max(10, round(contacts * SMALL.activities / SMALL.contacts)),
        tasks=max(3, math.ceil(contacts / 3)),
        nps=math.ceil(contacts / 5),
    )


def demo_size(spec: str) -> DemoSize:
    """``"small"``, ``"large"`` or a number of contacts (``"250"``, ``"10_000"``, ``"10,000"``)."""
    text = str(spec).strip().lower()
    if text == "small":
        return SMALL
    if text == "large":
        return LARGE
    digits = text.replace("_", "").replace(",", "")
    if digits.isdigit() and digits.isascii():
        contacts = int(digits)
        if 1 <= contacts <= MAX_CONTACTS:
            return scaled_size(contacts)
    raise ValueError(
        f"demo size must be 'small', 'large' or a number of contacts from 1 to "
        f"{MAX_CONTACTS:,}, not {spec!r}"
    )


@dataclass(frozen=True)
class DemoResult:
    #: table name -> rows inserted
    counts: dict[str, int]


class DemoCancelled(Exception):
    """Generation was cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("demo data generation was cancelled; nothing was written")


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def generate(
        self,
        size: DemoSize,
        *,
        seed: int = 42,
        today: date | None = None,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> DemoResult:
        """Add a demo data set of ``size`` to the database, in one transaction.

        ``progress(done, total)`` is called after every chunk of work; when ``cancelled()``
        returns True the transaction is rolled back and ``DemoCancelled`` is raised.
        """
        _check_size(size)
        day = today or date.today()
        with writer(self._db.engine).begin() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            cursor = raw.cursor()
            try:
                builder = _Builder(conn, cursor, size, seed, day, _Progress(progress, cancelled))
                counts = builder.run()
            finally:
                cursor.close()
        return DemoResult(counts)


def _check_size(size: DemoSize) -> None:
    values = vars(size)
    negative = [name for name, value in values.items() if value < 0]
    if negative:
        raise ValueError(f"demo size cannot be negative: {', '.join(negative)}")
    if not 1 <= size.users <= MAX_USERS:
        raise ValueError(f"a demo data set needs 1 to {MAX_USERS} users")
    if size.companies < 1 or size.contacts < 1:
        raise ValueError("a demo data set needs at least one company and one contact")


# -- plumbing ---------------------------------------------------------------------------------


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


# -- the plan ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _User:
    id: str
    person: dd.DemoUser
    office_start: int


@dataclass(slots=True)
class _Company:
    id: str
    region: dd.Region
    city: int
    name: str
    short: str
    domain: str
    industry: str
    employees: int
    owner: int
    created: int
    source: int
    #: Customer since before the 12 months of history (-1: not a customer then).
    legacy_since: int
    contacts: list[int] = field(default_factory=list)
    first_won: int = -1
    renewal_lost: int = -1
    lifecycle: str = "prospect"
    customer_since: int = -1
    churned_at: int = -1
    last: int = -1

    @property
    def chinese(self) -> bool:
        return self.region.code == "CN"


@dataclass(slots=True)
class _Contact:
    id: str
    company: int
    owner: int
    created: int
    chinese: bool
    first: str
    last_name: str
    email: str
    on_open_deal: bool = False
    last: int = -1

    @property
    def display(self) -> str:
        return f"{self.last_name}{self.first}" if self.chinese else f"{self.first} {self.last_name}"


@dataclass(frozen=True, slots=True)
class _Stream:
    """``count`` activities between ``start`` and ``end``; ``pin_end``: one of them at ``end``."""

    count: int
    start: int
    end: int
    pin_end: bool


@dataclass(slots=True)
class _Deal:
    id: str
    pipeline: int
    company: int
    owner: int
    contacts: list[int]
    created: int
    outcome: str
    stage: int
    #: (moment, from stage or -1, to stage): creation first, then every move.
    moves: list[tuple[int, int, int]]
    closed: int
    rotting: bool
    amount: int | None
    currency: str
    amount_usd: float
    close_day: int | None
    #: Activities: how many, from when, and when the latest past one happens.
    activity_count: int = 0
    activity_from: int = 0
    activity_last: int = 0
    last: int = -1

    @property
    def stage_entered(self) -> int:
        return self.moves[-1][0]


class _Builder:
    """Plans and writes one demo data set through ``cursor`` (inside the caller's transaction)."""

    def __init__(
        self,
        conn: Connection,
        cursor: sqlite3.Cursor,
        size: DemoSize,
        seed: int,
        today: date,
        progress: _Progress,
    ) -> None:
        self.conn = conn
        self.cur = cursor
        self.size = size
        self.progress = progress
        self.counts: dict[str, int] = {}
        self.time = _Time(today)
        self.now = self.time.now
        existing = self._existing_records()
        # A second run on the same file must not reuse the first run's ids.
        self.rng = random.Random(seed if existing == 0 else f"{seed}/{existing}")
        self.random = self.rng.random
        self.users: list[_User] = []
        self.companies: list[_Company] = []
        self.contacts: list[_Contact] = []
        self.deals: list[_Deal] = []
        self.source_ids: list[str] = []
        self.lost_reasons: list[str] = []
        self.pipelines: list[tuple[str, dd.DemoPipeline, list[str]]] = []
        self.rates = {code: rate for code, _, _, rate in dd.CURRENCIES}
        self.dropped: list[tuple[str, str, str]] = []
        self.bulk_search = False
        self.zh_pool: list[int] = [0]
        self.user_ids: list[str] = []
        self.office_starts: list[int] = []
        self.en_pool: list[int] = [0]
        self.future_meetings = 0
        self.contact_activities = 0
        self.activity_ids = _Ids(self.rng, size.activities)
        self.activity_pools = (_activity_pool(dd.EN_ACTIVITIES), _activity_pool(dd.ZH_ACTIVITIES))
        self.stage_spread = [
            _Weighted(range(len(p.stages)), STAGE_SPREAD[: len(p.stages)])
            for p in (dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)
        ]

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> dict[str, int]:
        size = self.size
        planned = {
            "company": size.companies,
            "contact": size.contacts,
            "deal": size.deals,
            "stage_change": size.deals * 3,
            "activity": size.activities,
            "task": size.tasks,
            "nps_response": size.nps,
        }
        self.dropped = self._indexes_to_drop(planned)
        index_units = sum(planned[t] * INDEX_UNITS_PER_ROW for t, _, _ in self.dropped)
        searchable = size.companies + size.contacts + size.deals
        self.bulk_search = searchable >= BULK_SEARCH_INDEX_ROWS
        if self.bulk_search:
            index_units += searchable
        rows = size.companies + size.contacts + 2 * size.deals + size.activities + size.tasks
        self.progress.start(
            round(
                (size.companies + size.contacts + size.deals)  # planning
                + 10  # reference data and users
                + rows
                + size.nps
                + (size.contacts + size.companies + size.deals) / 4  # last activity
                + index_units
            )
        )
        self._plan_users()
        self._plan_companies()
        self._plan_contacts()
        self._plan_deals()
        self._settle_lifecycles()
        self._write_reference()
        self._drop_indexes()
        self._suspend_search_index()
        self._write_users()
        self._write_companies()
        self._write_contacts()
        self._write_deals()
        self._write_activities()
        self._write_tasks()
        self._write_nps()
        self._write_targets()
        self._write_last_activity()
        self._rebuild_indexes()
        self._rebuild_search_index()
        self.progress.finish()
        return self.counts

    def _existing_records(self) -> int:
        tables = ("user", "company", "contact", "deal", "activity")
        sql = "SELECT " + " + ".join(f'(SELECT COUNT(*) FROM "{t}")' for t in tables)
        return int(self.cur.execute(sql).fetchone()[0])

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Row],
        *,
        or_ignore: bool = False,
        report: bool = True,
        values: str = "",
    ) -> int:
        """``executemany`` in chunks; ``values`` replaces the default ``?, ?, ...`` list."""
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        placeholders = values or ", ".join("?" * len(columns))
        sql = f'{verb} INTO "{table}" ({", ".join(columns)}) VALUES ({placeholders})'
        written = 0
        it = iter(rows)
        while chunk := list(islice(it, CHUNK)):
            self.cur.executemany(sql, chunk)
            written += self.cur.rowcount if or_ignore else len(chunk)
            if report:
                self.progress.advance(len(chunk))
        self.counts[table] = self.counts.get(table, 0) + written
        return written

    # -- helpers --------------------------------------------------------------------------
    def _moment(self, lo: int, hi: int, owner: int) -> int:
        """A moment in [lo, hi], in the owner's office hours on a workday when that fits."""
        if hi <= lo:
            return lo
        rand = self.random
        moment = lo + int(rand() * (hi - lo))
        day = moment // DAY
        if rand() < 0.93:
            day = self.time.workday[day]
        office = day * DAY + self.users[owner].office_start + int(rand() * OFFICE_SPAN)
        return office if lo <= office <= hi else moment

    def _pick(self, options: Sequence[str]) -> str:
        return options[int(self.random() * len(options))]

    def _digits(self, count: int) -> str:
        low = 2 * 10 ** (count - 1)
        return str(low + int(self.random() * (10**count - low)))

    def _owner(self, chinese: bool) -> int:
        r = self.random()
        if r < 0.04:
            return 0  # the manager keeps a few key accounts
        # Chinese accounts go to Chinese-speaking reps, who also take a share of the others.
        pool = self.zh_pool if chinese or r > 0.75 else self.en_pool
        return pool[int(self.random() * len(pool))]

    def _other_rep(self) -> int:
        pool = self.zh_pool + self.en_pool
        return pool[int(self.random() * len(pool))]

    # -- plan: users ----------------------------------------------------------------------
    def _plan_users(self) -> None:
        people = list(dd.TEAM[: self.size.users])
        names = {p.name for p in people}
        emails = {p.email_local for p in people}
        ids = _Ids(self.rng)
        attempt = 0
        while len(people) < self.size.users:
            attempt += 1
            person = self._extra_person(len(people), attempt)
            if person.name in names or person.email_local in emails:
                continue
            names.add(person.name)
            emails.add(person.email_local)
            people.append(person)
        for person in people:
            start = (OFFICE_START - person.utc_offset * HOUR) % DAY
            self.users.append(_User(ids(), person, start))
        self.user_ids = [u.id for u in self.users]
        self.office_starts = [u.office_start for u in self.users]
        reps = [i for i, p in enumerate(people) if p.role == "rep"]
        self.zh_pool = [i for i in reps if people[i].chinese] or reps or [0]
        self.en_pool = [i for i in reps if not people[i].chinese] or reps or [0]

    def _extra_person(self, index: int, attempt: int) -> dd.DemoUser:
        rng = self.rng
        color = dd.EXTRA_COLORS[(index - len(dd.TEAM)) % len(dd.EXTRA_COLORS)]
        suffix = "" if attempt < 500 else str(attempt)
        if index % 2:
            (sur, sur_py), (given, given_py) = rng.choice(dd.ZH_SURNAMES), rng.choice(dd.ZH_GIVEN)
            name = sur + given + suffix
            return dd.DemoUser(
                name, f"{sur_py}.{given_py}{suffix}", "rep", color, name[-2:], 8, True
            )
        first, last = rng.choice(dd.EN_FIRST), rng.choice(dd.EN_LAST)
        name = f"{first} {last}{suffix}"
        offset = rng.choice((-8, -5, 0, 1))
        local = f"{_slug(first)}.{_slug(last)}{suffix}"
        return dd.DemoUser(name, local, "rep", color, first[0] + last[0], offset, False)

    # -- plan: companies ------------------------------------------------------------------
    def _plan_companies(self) -> None:
        rng, rand, now = self.rng, self.random, self.now
        n = self.size.companies
        regions = rng.choices(dd.REGIONS, weights=[r.weight for r in dd.REGIONS], k=n)
        ids = _Ids(rng, n)
        names: set[str] = set()
        domains: set[str] = set()
        for region in regions:
            city = int(rand() * len(region.cities))
            industry = rng.choice(dd.INDUSTRIES)
            name, short, domain = self._company_name(region, city, industry, names, domains)
            created = now - 14 * DAY - int(math.sqrt(rand()) * (3 * YEAR - 14 * DAY))
            legacy = -1
            if created < now - 400 * DAY and rand() < 0.35:
                first = created + 30 * DAY
                legacy = first + int(rand() * (now - YEAR - first))
            chinese = region.code == "CN"
            self.companies.append(
                _Company(
                    id=ids(),
                    region=region,
                    city=city,
                    name=name,
                    short=short,
                    domain=domain,
                    industry=industry.label,
                    employees=self._employees(),
                    owner=self._owner(chinese),
                    created=created,
                    source=self._source(chinese),
                    legacy_since=legacy,
                )
            )
        self.progress.advance(n)

    def _employees(self) -> int:
        low, high = EMPLOYEE_BANDS.pick(self.random)
        return low + int(self.random() * (high - low + 1))

    def _source(self, chinese: bool) -> int:
        return (SOURCES_ZH if chinese else SOURCES_EN).pick(self.random)

    def _company_name(
        self,
        region: dd.Region,
        city: int,
        industry: dd.Industry,
        names: set[str],
        domains: set[str],
    ) -> tuple[str, str, str]:
        """(name, short name for deal titles, domain), unique within this data set."""
        rng = self.rng
        for attempt in range(12):
            if region.code == "CN":
                (core, core_py), (word, word_py) = (
                    rng.choice(dd.ZH_COMPANY_CORES),
                    rng.choice(industry.zh_words),
                )
                short = core + word
                place = region.cities[city]
                if attempt >= 6:
                    place += dd.ZH_DISTRICTS[city % len(dd.ZH_DISTRICTS)][:2]
                name = place + short + rng.choice(region.legal_suffixes)
                slug = core_py + word_py
                tld = rng.choice((".com", ".cn", ".com.cn"))
                city_slug = dd.ZH_CITY_PINYIN[city % len(dd.ZH_CITY_PINYIN)]
            else:
                cores = dd.DE_COMPANY_CORES if region.code == "DE" and rng.random() < 0.5 else ()
                core = rng.choice(cores or dd.EN_COMPANY_CORES)
                short = f"{core} {rng.choice(industry.en_words)}"
                tail = rng.choice(dd.EN_COMPANY_TAILS)
                if tail:
                    short = f"{short} {tail}"
                if attempt >= 6:
                    short = f"{short} {region.cities[city]}"
                suffix = rng.choice(region.legal_suffixes) if rng.random() < 0.6 else ""
                name = f"{short} {suffix}" if suffix else short
                slug = _slug(short, "-" if rng.random() < 0.4 else "")
                tld = region.tld
                city_slug = _slug(region.cities[city])
            if name in names:
                continue
            domain = slug + tld
            for candidate in (domain, f"{slug}-{city_slug}{tld}"):
                if candidate not in domains:
                    domain = candidate
                    break
            else:
                domain = f"{slug}{len(domains)}{tld}"
            names.add(name)
            domains.add(domain)
            return name, short, domain
        name = f"{name} {len(names)}"
        names.add(name)
        domain = f"{slug}{len(domains)}{tld}"
        domains.add(domain)
        return name, short, domain

    # -- plan: contacts -------------------------------------------------------------------
    def _plan_contacts(self) -> None:
        rng, rand, now = self.rng, self.random, self.now
        n = self.size.contacts
        companies = self.companies
        # Every company gets one contact; the rest go to bigger companies more often, and a
        # few contacts (web leads) belong to no company.
        first_pass = list(range(min(n, len(companies))))
        cum = list(accumulate(1.0 + math.log(c.employees) for c in companies))
        rest = rng.choices(range(len(companies)), cum_weights=cum, k=n - len(first_pass))
        placement = first_pass + [-1 if rand() < 0.05 else c for c in rest]
        ids = _Ids(rng, n)
        emails: set[str] = set()
        for index, company_index in enumerate(placement):
            company = companies[company_index] if company_index >= 0 else None
            if company is not None:
                span = max(HOUR, now - DAY - company.created)
                created = company.created + int(rand() ** 2 * span)
                chinese = company.chinese
                owner = company.owner if rand() < 0.9 else self._owner(chinese)
                company.contacts.append(index)
            else:
                created = now - 2 * YEAR + int(rand() * (2 * YEAR - DAY))
                chinese = rand() < 0.35
                owner = self._owner(chinese)
            first, last, local = self._person_name(chinese, company)
            email = self._unique_email(local, company, chinese, emails)
            self.contacts.append(
                _Contact(ids(), company_index, owner, created, chinese, first, last, email)
            )
            if index % CHUNK == CHUNK - 1:
                self.progress.advance(CHUNK)
        self.progress.advance(n % CHUNK)

    def _person_name(self, chinese: bool, company: _Company | None) -> tuple[str, str, str]:
        """(first name, last name, ASCII e-mail local part)."""
        rng = self.rng
        if chinese:
            (sur, sur_py), (given, given_py) = rng.choice(dd.ZH_SURNAMES), rng.choice(dd.ZH_GIVEN)
            pattern = rng.random()
            if pattern < 0.4:
                local = f"{given_py}.{sur_py}"
            elif pattern < 0.8:
                local = f"{sur_py}{given_py}"
            else:
                local = f"{given_py[0]}{sur_py}"
            return given, sur, local
        if company is not None and company.region.code == "DE":
            first, last = rng.choice(dd.DE_FIRST), rng.choice(dd.DE_LAST)
        else:
            first, last = rng.choice(dd.EN_FIRST), rng.choice(dd.EN_LAST)
        pattern = rng.random()
        if pattern < 0.6:
            local = f"{_slug(first)}.{_slug(last)}"
        elif pattern < 0.85:
            local = f"{_slug(first)[0]}{_slug(last)}"
        else:
            local = _slug(first)
        return first, last, local

    def _unique_email(
        self, local: str, company: _Company | None, chinese: bool, emails: set[str]
    ) -> str:
        if company is not None:
            domain = company.domain
        else:
            domain = self._pick(
                ("qq.com", "163.com", "outlook.com") if chinese else ("gmail.com", "outlook.com")
            )
        email = f"{local}@{domain}"
        number = 2
        while email in emails:
            email = f"{local}{number}@{domain}"
            number += 1
        emails.add(email)
        return email

    # -- plan: deals ----------------------------------------------------------------------
    def _plan_deals(self) -> None:
        rng = self.rng
        n = self.size.deals
        legacy = [i for i, c in enumerate(self.companies) if c.legacy_since >= 0]
        rng.shuffle(legacy)
        ids = _Ids(rng, n)
        for index in range(n):
            renewal = bool(legacy) and self.random() < 0.15
            company = legacy.pop() if renewal else int(self.random() * len(self.companies))
            self.deals.append(self._plan_deal(ids(), company, 1 if renewal else 0))
            if index % CHUNK == CHUNK - 1:
                self.progress.advance(CHUNK)
        self.progress.advance(n % CHUNK)
        self._allocate_deal_activities()

    def _plan_deal(self, deal_id: str, company_index: int, pipeline: int) -> _Deal:
        rand, now = self.random, self.now
        company = self.companies[company_index]
        stages = (dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)[pipeline].stages
        owner = company.owner if rand() < 0.9 else self._other_rep()
        hi = now - HOUR
        # From a little over a year ago, so that the year starts with deals already in flight.
        lo = min(max(now - YEAR - 45 * DAY, company.created + DAY), hi - HOUR)
        created = self._moment(lo, hi, owner)
        contacts = self._deal_contacts(company, created)
        if contacts:
            created = max(created, self.contacts[contacts[0]].created + HOUR)
        age_days = (now - created) / DAY
        if rand() < 0.12 + 0.85 * math.exp(-age_days / 95):
            outcome = "open"
        else:
            outcome = "won" if rand() < (0.7 if pipeline else 0.4) else "lost"
        if outcome == "won":
            last = len(stages) - 1
            stage = last if rand() < 0.8 else max(0, last - 1)
        else:
            stage = self.stage_spread[pipeline].pick(rand)
        rot = stages[stage].rotting_days or 0
        rotting = outcome == "open" and created < now - (rot + 3) * DAY and rand() < 0.16
        closed = -1
        if outcome == "open" and rotting:
            idle = now - (rot + 1 + int(rand() * 45)) * DAY - int(rand() * DAY)
            idle = max(idle, created + HOUR)
            entered_by = idle
            activity_last = max(created, idle - int(rand() * 5 * DAY))
        elif outcome == "open":
            entered_by = created + int((now - created) * (0.1 + 0.8 * rand()))
            activity_last = now - 60 - int(rand() * max(1, rot - 2) * DAY)
            if activity_last < created:
                activity_last = created + int(rand() * (now - created))
        else:
            cycle = (14 + rand() * 100) if outcome == "won" else (5 + rand() * 90)
            closed = created + int(cycle * DAY)
            if closed >= now - HOUR:
                closed = created + int((now - HOUR - created) * (0.3 + 0.65 * rand()))
            closed = max(created + 60, closed)
            closed = self._moment(max(created + 60, closed - DAY), closed, owner)
            entered_by = created + int((closed - created) * 0.9)
            activity_last = max(created, closed - int(rand() * 3 * DAY))
        moves = self._stage_moves(created, entered_by, stage, owner)
        amount, currency, usd = self._amount(company, outcome)
        deal = _Deal(
            id=deal_id,
            pipeline=pipeline,
            company=company_index,
            owner=owner,
            contacts=contacts,
            created=created,
            outcome=outcome,
            stage=stage,
            moves=moves,
            closed=closed,
            rotting=rotting,
            amount=amount,
            currency=currency,
            amount_usd=usd,
            close_day=self._close_day(created, closed, rotting),
            activity_from=min(max(created, now - YEAR), activity_last),
            activity_last=activity_last,
        )
        if outcome == "open":
            for c in contacts:
                self.contacts[c].on_open_deal = True
        elif outcome == "won":
            if company.first_won < 0 or closed < company.first_won:
                company.first_won = closed
        elif pipeline == 1:
            company.renewal_lost = max(company.renewal_lost, closed)
        return deal

    def _deal_contacts(self, company: _Company, created: int) -> list[int]:
        """The deal's contacts, primary first: people the company had when the deal began."""
        pool = [c for c in company.contacts if self.contacts[c].created < created]
        if not pool:
            if not company.contacts:
                return []
            return [min(company.contacts, key=lambda c: self.contacts[c].created)]
        extra = EXTRA_DEAL_CONTACTS.pick(self.random)
        count = min(len(pool), 1 + extra)
        return self.rng.sample(pool, count) if count > 1 else [self._pick_index(pool)]

    def _pick_index(self, pool: Sequence[int]) -> int:
        return pool[int(self.random() * len(pool))]

    def _stage_moves(
        self, created: int, entered_by: int, stage: int, owner: int
    ) -> list[tuple[int, int, int]]:
        """Creation in the first stage (sometimes the second), then one move per stage."""
        start = 1 if stage >= 1 and self.random() < 0.2 else 0
        moves = [(created, -1, start)]
        steps = stage - start
        if steps:
            times = sorted(self._moment(created + 60, entered_by, owner) for _ in range(steps))
            for offset, moment in enumerate(times):
                moves.append((max(moment, moves[-1][0]), start + offset, start + offset + 1))
        return moves

    def _amount(self, company: _Company, outcome: str) -> tuple[int | None, str, float]:
        """(amount in hundredths of the deal currency or None, currency, value in USD)."""
        rand = self.random
        usd = math.exp(math.log(2_000) + rand() * math.log(40)) * (
            0.6 + 0.35 * math.log10(company.employees + 1)
        )
        currency = dd.REGION_CURRENCY.get(company.region.code, "USD") if rand() < 0.85 else "USD"
        rate = self.rates[currency]
        step = 1_000 if currency == "CNY" else 100 if usd < 5_000 else 500
        amount = max(step, round(usd / rate / step) * step)
        if outcome == "open" and rand() < 0.06:
            return None, currency, 0.0
        return amount * 100, currency, amount * rate

    def _close_day(self, created: int, closed: int, rotting: bool) -> int | None:
        rand, now = self.random, self.now
        today = now // DAY
        if closed >= 0:
            return max(created // DAY, min(today - 1, closed // DAY + int(rand() * 41) - 20))
        r = rand()
        if r < 0.05:
            return None
        if r < (0.55 if rotting else 0.18):
            first = max(created // DAY + 7, today - 60)
            return min(today - 1, first + int(rand() * max(1, today - first)))
        return today + 5 + int(rand() * 85)

    def _allocate_deal_activities(self) -> None:
        size = self.size
        future = min(size.activities, size.activities // 200)
        self.future_meetings = future
        share = 0.45 if self.contacts else 1.0
        total = round((size.activities - future) * share)
        deals = self.deals
        if not deals:
            self.contact_activities = size.activities - future
            return
        weights = []
        for deal in deals:
            days = max(1.0, (deal.activity_last - deal.activity_from) / DAY)
            weights.append((1 + deal.stage) * math.sqrt(days))
        counts = self._allocate(total, weights, minimum=1)
        for deal, count in zip(deals, counts, strict=True):
            deal.activity_count = count
        self.contact_activities = size.activities - future - sum(counts)

    def _allocate(self, total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
        """Split ``total`` in proportion to ``weights`` (at least ``minimum`` each if it fits)."""
        n = len(weights)
        if n == 0 or total <= 0:
            return [0] * n
        base = minimum if total >= minimum * n else 0
        remaining = total - base * n
        weight_sum = sum(weights) or 1.0
        counts = [base + int(remaining * w / weight_sum) for w in weights]
        left = total - sum(counts)
        while left > 0:
            for index in self.rng.sample(range(n), min(left, n)):
                counts[index] += 1
            left = total - sum(counts)
        return counts

    # -- plan: what follows from the deals ------------------------------------------------
    def _settle_lifecycles(self) -> None:
        for company in self.companies:
            if company.legacy_since >= 0:
                company.customer_since = company.legacy_since
                if company.renewal_lost >= 0 and company.first_won < 0:
                    company.lifecycle = "churned"
                    company.churned_at = company.renewal_lost
                else:
                    company.lifecycle = "customer"
            elif company.first_won >= 0:
                company.lifecycle = "customer"
                company.customer_since = company.first_won

    # -- reference data -------------------------------------------------------------------
    def _write_reference(self) -> None:
        now = self.time.stamp(self.now - 2 * YEAR)
        ids = _Ids(self.rng)
        currencies = [(code, name, symbol, 2, 1) for code, name, symbol, _ in dd.CURRENCIES]
        existing = {r[0] for r in self.cur.execute("SELECT code FROM currency")}
        self._insert(
            "currency", ("code", "name", "symbol", "decimals", "active"), currencies, or_ignore=True
        )
        self._write_rates(ids, [c for c, *_ in currencies if c not in existing and c != "USD"])
        self._insert(
            "setting",
            ("key", "value", "updated_at"),
            [("base_currency", json.dumps("USD"), now)],
            or_ignore=True,
        )
        self.source_ids = self._named_rows("source", dd.SOURCES, ids, now, active=True)
        self.lost_reasons = list(dd.LOST_REASONS)
        self._named_rows("lost_reason", dd.LOST_REASONS, ids, now, active=False)
        self._write_custom_fields(ids, now)
        self._write_pipelines(ids, now)
        self.progress.advance(10)

    def _write_rates(self, ids: _Ids, codes: Sequence[str]) -> None:
        today = self.time.days[self.now // DAY]
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        starts = []
        for back in range(5, -1, -1):
            months = quarter_start.year * 12 + quarter_start.month - 1 - 3 * back
            starts.append(date(months // 12, months % 12 + 1, 1))
        rows = []
        for code in codes:
            for start in starts:
                drift = 1 + (self.random() - 0.5) * 0.06
                rate = round(self.rates[code] * drift, 6)
                stamp = f"{start.isoformat()} 06:00:00.000000"
                rows.append((ids(), code, rate, start.isoformat(), stamp))
        self._insert("currency_rate", ("id", "code", "rate", "effective_from", "created_at"), rows)

    def _named_rows(
        self, table: str, names: Sequence[str], ids: _Ids, now: str, *, active: bool
    ) -> list[str]:
        """Ids of ``names`` in ``table``: existing rows of that name are reused."""
        found: dict[str, str] = {}
        query = f'SELECT lower(name), id FROM "{table}" WHERE deleted_at IS NULL ORDER BY id'
        for name, row_id in self.cur.execute(query):
            found.setdefault(name, row_id)
        columns = ["id", "name", "position", "created_at", "updated_at"]
        if active:
            columns.append("active")
        result, rows = [], []
        for position, name in enumerate(names):
            row_id = found.get(name.lower())
            if row_id is None:
                row_id = ids()
                row: Row = (row_id, name, position, now, now)
                rows.append((*row, 1) if active else row)
            result.append(row_id)
        self._insert(table, columns, rows)
        return result

    def _write_custom_fields(self, ids: _Ids, now: str) -> None:
        existing = set(self.cur.execute("SELECT entity, key FROM custom_field"))
        rows = [
            (ids(), entity, key, en, zh, kind, _json_list(options), 0, position, now, now)
            for position, (entity, key, en, zh, kind, options) in enumerate(dd.CUSTOM_FIELDS)
            if (entity, key) not in existing
        ]
        columns = (
            "id", "entity", "key", "label_en", "label_zh", "type", "options", "required",
            "position", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("custom_field", columns, rows)

    def _write_pipelines(self, ids: _Ids, now: str) -> None:
        count, defaults = self.cur.execute(
            "SELECT COUNT(*), COALESCE(SUM(is_default), 0) FROM pipeline WHERE deleted_at IS NULL"
        ).fetchone()
        pipeline_rows, stage_rows = [], []
        for offset, pipeline in enumerate((dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)):
            pipeline_id = ids()
            is_default = 1 if offset == 0 and not defaults else 0
            pipeline_rows.append((pipeline_id, pipeline.name, count + offset, is_default, now, now))
            stage_ids = []
            for position, stage in enumerate(pipeline.stages):
                stage_id = ids()
                stage_ids.append(stage_id)
                stage_rows.append(
                    (
                        stage_id, pipeline_id, stage.name, position, stage.probability,
                        stage.forecast, stage.rotting_days, "open", now, now,
                    )
                )  # fmt: skip
            self.pipelines.append((pipeline_id, pipeline, stage_ids))
        self._insert(
            "pipeline",
            ("id", "name", "position", "is_default", "created_at", "updated_at"),
            pipeline_rows,
        )
        columns = (
            "id", "pipeline_id", "name", "position", "probability", "forecast_category",
            "rotting_days", "outcome", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("stage", columns, stage_rows)

    def _write_users(self) -> None:
        created = self.time.stamp(self.now - 2 * YEAR)
        rows = [
            (
                u.id, u.person.name, f"{u.person.email_local}@{dd.USER_EMAIL_DOMAIN}",
                u.person.role, 1, u.person.color, u.person.initials, created, created,
            )
            for u in self.users
        ]  # fmt: skip
        columns = (
            "id", "name", "email", "role", "active", "color", "initials", "created_at",
            "updated_at",
        )  # fmt: skip
        self._insert("user", columns, rows, report=False)

    # -- indexes --------------------------------------------------------------------------
    def _indexes_to_drop(self, planned: dict[str, int]) -> list[tuple[str, str, str]]:
        big = [table for table, rows in planned.items() if rows >= BIG_TABLE_ROWS]
        found: list[tuple[str, str, str]] = []
        for table in big:
            query = (
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL ORDER BY name"
            )
            found.extend((table, name, sql) for name, sql in self.cur.execute(query, (table,)))
        return found

    def _drop_indexes(self) -> None:
        for _, name, _ in self.dropped:
            self.cur.execute(f'DROP INDEX "{name}"')

    def _rebuild_indexes(self) -> None:
        for table, _, sql in self.dropped:
            self.cur.execute(sql)
            self.progress.advance(self.counts.get(table, 0) * INDEX_UNITS_PER_ROW)

    def _suspend_search_index(self) -> None:
        """Big loads: no per-row search index triggers (a rollback brings them back)."""
        if self.bulk_search:
            for name in search_index.trigger_names():
                self.cur.execute(f"DROP TRIGGER IF EXISTS {name}")

    def _rebuild_search_index(self) -> None:
        if not self.bulk_search:
            return
        search_index.rebuild(self.conn)
        for kind in search_index.KINDS:
            for statement in search_index.trigger_statements(kind):
                self.cur.execute(statement)
        self.progress.advance(len(self.companies) + len(self.contacts) + len(self.deals))

    # -- companies ------------------------------------------------------------------------
    def _write_companies(self) -> None:
        columns = (
            "id", "name", "domain", "industry", "employees", "annual_revenue", "phone",
            "website", "address", "city", "country", "source_id", "lifecycle", "customer_since",
            "churned_at", "created_at", "updated_at", "owner_id", "custom",
        )  # fmt: skip
        self._insert("company", columns, self._company_rows())

    def _company_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        tiers = ["{}"] + [json.dumps({"tier": tier}) for tier in dd.COMPANY_TIERS]
        for c in self.companies:
            region = c.region
            prefix, digits = region.city_phones[c.city]
            revenue = None
            if rand() < 0.8:
                revenue = int(c.employees * (60_000 + rand() * 290_000) / 10_000) * 10_000 * 100
            updated = c.created + int(rand() * (now - c.created))
            updated = max(updated, c.customer_since, c.churned_at)
            tier = tiers[0]
            if rand() < 0.7:
                tier = tiers[1 if c.employees > 1_000 else 2 if c.employees > 100 else 3]
            yield (
                c.id,
                c.name,
                c.domain,
                c.industry,
                c.employees,
                revenue,
                prefix + self._digits(digits),
                f"https://www.{c.domain}",
                self._address(region, c.city),
                region.cities[c.city],
                region.country,
                self.source_ids[c.source],
                c.lifecycle,
                time.day_text(c.customer_since) if c.customer_since >= 0 else None,
                time.day_text(c.churned_at) if c.churned_at >= 0 else None,
                time.stamp(c.created),
                time.stamp(updated),
                self.users[c.owner].id,
                tier,
            )

    def _address(self, region: dd.Region, city: int) -> str:
        street = self._pick(region.streets)
        number = 1 + int(self.random() * 250)
        if region.code == "CN":
            return f"{dd.ZH_DISTRICTS[city % len(dd.ZH_DISTRICTS)]}{street}{number}号"
        if region.code in ("DE", "NL"):
            return f"{street} {number}"
        return f"{number} {street}"

    # -- contacts -------------------------------------------------------------------------
    def _write_contacts(self) -> None:
        columns = (
            "id", "first_name", "last_name", "email", "phone", "other_emails", "other_phones",
            "title", "company_id", "lifecycle_stage", "lead_status", "source_id", "city",
            "country", "tags", "created_at", "updated_at", "owner_id", "custom",
        )  # fmt: skip
        self._insert("contact", columns, self._contact_rows())

    def _contact_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        tags_en = [_json_list(t) for t in dd.TAG_SETS]
        tags_zh = [_json_list(t) for t in dd.ZH_TAG_SETS]
        regions = dd.REGIONS
        for ct in self.contacts:
            company = self.companies[ct.company] if ct.company >= 0 else None
            region = company.region if company else regions[1 if ct.chinese else 0]
            city = company.city if company else int(rand() * len(region.cities))
            stage = self._lifecycle_stage(ct, company)
            status = None
            if stage in ("subscriber", "lead", "mql", "sql"):
                status = LEAD_STATUSES.pick(rand)
            elif stage == "opportunity":
                status = "in_progress" if rand() < 0.6 else "connected"
            phone = None
            if rand() < 0.85:
                phone = self._pick(region.mobile_prefixes) + self._digits(region.mobile_digits)
            other_phones = "[]"
            if rand() < 0.1:
                prefix, digits = region.city_phones[city]
                other_phones = _json_list([prefix + self._digits(digits)])
            other_emails = "[]"
            if rand() < 0.05:
                home = "qq.com" if ct.chinese else "gmail.com"
                other_emails = _json_list([f"{ct.email.split('@')[0]}.home@{home}"])
            titles = (
                dd.ZH_TITLES
                if ct.chinese
                else dd.DE_TITLES
                if region.code == "DE" and rand() < 0.5
                else dd.EN_TITLES
            )
            source = company.source if company and rand() < 0.7 else self._source(ct.chinese)
            tags = self._pick(tags_zh if ct.chinese else tags_en)
            custom = "{}"
            if ct.chinese and rand() < 0.6:
                handle = ct.email.split("@")[0].replace(".", "_") + str(int(rand() * 9_000) + 100)
                custom = json.dumps({"wechat_id": handle})
            updated = ct.created + int(rand() ** 2 * (now - ct.created))
            yield (
                ct.id,
                ct.first,
                ct.last_name,
                ct.email,
                phone,
                other_emails,
                other_phones,
                self._pick(titles) if rand() < 0.9 else None,
                company.id if company else None,
                stage,
                status,
                self.source_ids[source],
                region.cities[city],
                region.country,
                tags,
                time.stamp(ct.created),
                time.stamp(updated),
                self.users[ct.owner].id,
                custom,
            )

    def _lifecycle_stage(self, ct: _Contact, company: _Company | None) -> str:
        rand = self.random
        lifecycle = company.lifecycle if company else "prospect"
        if lifecycle == "customer":
            r = rand()
            return "customer" if r < 0.8 else "evangelist" if r < 0.95 else "other"
        if lifecycle == "churned":
            return "other" if rand() < 0.6 else "customer"
        if ct.on_open_deal:
            return "opportunity"
        return PROSPECT_STAGES.pick(rand)

    # -- deals ----------------------------------------------------------------------------
    def _write_deals(self) -> None:
        deal_columns = (
            "id", "name", "amount", "currency", "pipeline_id", "stage_id", "company_id",
            "expected_close_date", "probability", "source_id", "outcome", "lost_reason",
            "closed_at", "stage_entered_at", "next_step", "position", "created_at",
            "updated_at", "owner_id", "custom",
        )  # fmt: skip
        change_columns = (
            "id", "deal_id", "from_stage_id", "to_stage_id", "from_outcome", "to_outcome",
            "at", "by_id",
        )  # fmt: skip
        link_columns = ("deal_id", "contact_id", "role", "created_at")
        change_ids = _Ids(self.rng, len(self.deals) * 8)
        positions: dict[str, int] = {}
        for start in range(0, len(self.deals), DEAL_CHUNK):
            deal_rows: list[Row] = []
            change_rows: list[Row] = []
            link_rows: list[Row] = []
            for deal in self.deals[start : start + DEAL_CHUNK]:
                deal_rows.append(self._deal_row(deal, positions))
                change_rows.extend(self._stage_change_rows(deal, change_ids))
                link_rows.extend(self._deal_contact_rows(deal))
            self._insert("deal", deal_columns, deal_rows, report=False)
            self._insert("stage_change", change_columns, change_rows, report=False)
            self._insert("deal_contact", link_columns, link_rows, report=False)
            self.progress.advance(2 * len(deal_rows))

    def _deal_row(self, deal: _Deal, positions: dict[str, int]) -> Row:
        rand, time = self.random, self.time
        company = self.companies[deal.company]
        pipeline_id, pipeline, stage_ids = self.pipelines[deal.pipeline]
        stage_id = stage_ids[deal.stage]
        positions[stage_id] = positions.get(stage_id, 0) + 1
        chinese = company.chinese
        if deal.pipeline == 1:
            year = time.days[deal.created // DAY].year + 1
            title = f"{year}年续约" if chinese else f"Renewal {year}"
        else:
            title = self._pick(dd.ZH_PRODUCTS if chinese else dd.EN_PRODUCTS)
        name = f"{company.short} - {title}" if chinese else f"{company.short} – {title}"
        probability = None
        if deal.outcome == "open" and rand() < 0.06:
            stage_probability = pipeline.stages[deal.stage].probability
            probability = min(95, max(5, stage_probability + int(rand() * 41) - 20))
        next_step = None
        if deal.outcome == "open" and rand() < 0.72:
            next_step = self._pick(dd.ZH_NEXT_STEPS if chinese else dd.EN_NEXT_STEPS)
        lost_reason = None
        if deal.outcome == "lost":
            reasons = ("Competitor", "No budget", "Price") if deal.pipeline else self.lost_reasons
            reason = self._pick(reasons)
            note = self._pick(dd.LOST_NOTES)
            lost_reason = f"{reason}: {note}" if note else reason
        source = company.source if rand() < 0.8 else self._source(chinese)
        custom = "{}"
        if rand() < 0.4:
            custom = json.dumps({"contract_months": self._pick_index((6, 12, 12, 24, 36))})
        updated = max(deal.closed, deal.stage_entered)
        return (
            deal.id,
            name,
            deal.amount,
            deal.currency,
            pipeline_id,
            stage_id,
            company.id,
            time.dates[deal.close_day] if deal.close_day is not None else None,
            probability,
            self.source_ids[source],
            deal.outcome,
            lost_reason,
            time.stamp(deal.closed) if deal.closed >= 0 else None,
            time.stamp(deal.stage_entered),
            next_step,
            positions[stage_id] * 1024.0,
            time.stamp(deal.created),
            time.stamp(updated),
            self.users[deal.owner].id,
            custom,
        )

    def _stage_change_rows(self, deal: _Deal, ids: _Ids) -> Iterator[Row]:
        stamp = self.time.stamp
        stage_ids = self.pipelines[deal.pipeline][2]
        by = self.users[deal.owner].id
        for moment, source, target in deal.moves:
            created = source < 0  # the first row: the deal was created in this stage
            from_stage, from_outcome = (None, None) if created else (stage_ids[source], "open")
            yield (
                ids(),
                deal.id,
                from_stage,
                stage_ids[target],
                from_outcome,
                "open",
                stamp(moment),
                by,
            )
        if deal.outcome != "open":
            stage_id = stage_ids[deal.stage]
            closed = stamp(deal.closed)
            yield (ids(), deal.id, stage_id, stage_id, "open", deal.outcome, closed, by)

    def _deal_contact_rows(self, deal: _Deal) -> Iterator[Row]:
        chinese = self.companies[deal.company].chinese
        roles = dd.ZH_DEAL_ROLES if chinese else dd.EN_DEAL_ROLES
        picked = self.rng.sample(roles, min(len(roles), len(deal.contacts)))
        created = self.time.stamp(deal.created)
        for contact, role in zip(deal.contacts, picked, strict=False):
            yield (deal.id, self.contacts[contact].id, role, created)

    # -- activities -----------------------------------------------------------------------
    def _write_activities(self) -> None:
        logged = chain(self._deal_activity_rows(), self._contact_activity_rows())
        rows = map(_with_record_times, logged)
        self._insert("activity", ACTIVITY_COLUMNS, rows, values=LOGGED_ACTIVITY_VALUES)
        self._insert("activity", ACTIVITY_COLUMNS, self._future_meeting_rows())

    def _deal_activity_rows(self) -> Iterator[Row]:
        joins = 0.12 if len(self.users) > 1 else 0.0
        for deal in self.deals:
            if deal.activity_count:
                company = self.companies[deal.company]
                contacts = [self.contacts[c] for c in deal.contacts]
                yield from self._stream_rows(
                    _Stream(deal.activity_count, deal.activity_from, deal.activity_last, True),
                    deal.owner,
                    joins,
                    contacts,
                    (0.65, 0.85),
                    company,
                    deal,
                    company.chinese,
                )

    def _contact_activity_rows(self) -> Iterator[Row]:
        now = self.now
        weights = []
        for ct in self.contacts:
            company = self.companies[ct.company] if ct.company >= 0 else None
            factor = 3.0 if company and company.lifecycle == "customer" else 1.0
            factor *= 2.0 if ct.on_open_deal else 1.0
            days = max(1.0, (now - max(ct.created, now - YEAR)) / DAY)
            weights.append(factor * math.sqrt(days))
        counts = self._allocate(self.contact_activities, weights)
        for ct, count in zip(self.contacts, counts, strict=True):
            if count:
                company = self.companies[ct.company] if ct.company >= 0 else None
                stream = _Stream(count, max(ct.created, now - YEAR), now - 60, False)
                # A few are about the company only (when there is one).
                share = 0.95 if company else 1.0
                yield from self._stream_rows(
                    stream, ct.owner, 0.0, [ct], (share, share), company, None, ct.chinese
                )

    def _stream_rows(
        self,
        stream: _Stream,
        owner: int,
        manager_joins: float,
        contacts: Sequence[_Contact],
        contact_shares: tuple[float, float],
        company: _Company | None,
        deal: _Deal | None,
        chinese: bool,
    ) -> Iterator[Row]:
        """Logged activities of one deal or contact (the hot loop: everything inlined).

        Each is linked to the first contact (``contact_shares[0]`` of them), to any of the
        contacts (up to ``contact_shares[1]``) or to none; and moves ``last`` forward.
        """
        rand = self.random
        prefixes, clock, workday = self.time.prefixes, self.time.clock, self.time.workday
        new_id, user_ids, starts = self.activity_ids, self.user_ids, self.office_starts
        en_pool, zh_pool = self.activity_pools
        en_size, zh_size = len(en_pool), len(zh_pool)
        first_share, any_share = contact_shares
        lo, hi = stream.start, stream.end
        span = hi - lo
        company_id = company.id if company is not None else None
        deal_id = deal.id if deal is not None else None
        latest = -1
        for index in range(stream.count):
            who = 0 if manager_joins and rand() < manager_joins else owner
            if index == 0 and stream.pin_end:
                at = hi
            else:
                at = lo + int(rand() * span)
                day = at // DAY
                if rand() < 0.93:
                    day = workday[day]
                office = day * DAY + starts[who] + int(rand() * OFFICE_SPAN)
                if lo <= office <= hi:
                    at = office
            if at > latest:
                latest = at
            contact = None
            if contacts:
                r = rand()
                if r < first_share:
                    contact = contacts[0]
                elif r < any_share:
                    contact = contacts[int(rand() * len(contacts))]
                if contact is not None and at > contact.last:
                    contact.last = at
            if chinese and rand() < 0.8:
                template = zh_pool[int(rand() * zh_size)]
            else:
                template = en_pool[int(rand() * en_size)]
            kind, subject, body, durations, outcomes = template
            stamp = prefixes[at // DAY] + clock[at % DAY]
            yield (
                new_id(),
                kind,
                subject,
                body,
                stamp,
                durations[int(rand() * len(durations))] if durations else None,
                outcomes[int(rand() * len(outcomes))] if len(outcomes) > 1 else outcomes[0],
                user_ids[who],
                contact.id if contact is not None else None,
                company_id,
                deal_id,
            )
        if company is not None and latest > company.last:
            company.last = latest
        if deal is not None and latest > deal.last:
            deal.last = latest

    def _future_meeting_rows(self) -> Iterator[Row]:
        """Meetings already booked for the coming weeks, on open deals that are alive."""
        rand, time, now = self.random, self.time, self.now
        alive = [d for d in self.deals if d.outcome == "open" and not d.rotting]
        for _ in range(self.future_meetings):
            deal = alive[int(rand() * len(alive))] if alive else None
            if deal is not None:
                company: _Company | None = self.companies[deal.company]
                contact = self.contacts[deal.contacts[0]] if deal.contacts else None
                owner = deal.owner
            else:
                contact = self.contacts[int(rand() * len(self.contacts))]
                company = self.companies[contact.company] if contact.company >= 0 else None
                owner = contact.owner
            at = self._moment(now + 2 * HOUR, now + 21 * DAY, owner)
            booked = now - int((1 + rand() * 9) * DAY)
            stamp = time.stamp(booked)
            yield (
                self.activity_ids(),
                "meeting",
                self._pick(dd.FUTURE_MEETINGS),
                None,
                time.stamp(at),
                30 if rand() < 0.5 else 60,
                None,
                stamp,
                stamp,
                self.users[owner].id,
                contact.id if contact else None,
                company.id if company else None,
                deal.id if deal else None,
                "{}",
            )

    # -- tasks ----------------------------------------------------------------------------
    def _write_tasks(self) -> None:
        columns = (
            "id", "title", "type", "notes", "due_at", "remind_at", "reminded_at", "done_at",
            "priority", "repeat", "created_at", "updated_at", "owner_id", "contact_id",
            "company_id", "deal_id",
        )  # fmt: skip
        self._insert("task", columns, self._task_rows())

    def _task_kinds(self) -> list[str]:
        n = self.size.tasks
        shares = (("overdue", 0.14), ("today", 0.08), ("upcoming", 0.32), ("no_due", 0.06))
        kinds: list[str] = []
        for kind, share in shares:
            count = round(n * share)
            if kind != "no_due" and n >= 3:
                count = max(1, count)
            kinds.extend([kind] * min(count, n - len(kinds)))
        kinds.extend(["done"] * (n - len(kinds)))
        return kinds

    def _task_rows(self) -> Iterator[Row]:
        ids = _Ids(self.rng, self.size.tasks)
        open_deals = [d for d in self.deals if d.outcome == "open"]
        alive = [d for d in open_deals if not d.rotting]
        for kind in self._task_kinds():
            pool = self.deals if kind == "done" else open_deals if kind == "overdue" else alive
            deal = self._pick_deal(pool) if pool and self.random() < 0.6 else None
            yield self._task_row(ids(), kind, deal)

    def _pick_note(self, chinese: bool) -> str | None:
        notes = dd.TASK_NOTES_ZH if chinese else dd.TASK_NOTES_EN
        return notes[int(self.random() * len(notes))]

    def _pick_deal(self, pool: Sequence[_Deal]) -> _Deal:
        return pool[int(self.random() * len(pool))]

    def _task_row(self, task_id: str, kind: str, deal: _Deal | None) -> Row:
        rng, rand, time, now = self.rng, self.random, self.time, self.now
        if deal is not None:
            company: _Company | None = self.companies[deal.company]
            contact = self.contacts[deal.contacts[0]] if deal.contacts else None
            owner = deal.owner
            earliest = deal.created
        else:
            contact = self.contacts[int(rand() * len(self.contacts))]
            company = self.companies[contact.company] if contact.company >= 0 else None
            owner = contact.owner
            earliest = contact.created
        chinese = contact.chinese if contact else bool(company and company.chinese)
        template, task_type = rng.choice(dd.ZH_TASKS if chinese else dd.EN_TASKS)
        who = contact.display if contact else company.short if company else ""
        title = template.format(name=who, company=company.short if company else who)
        office = self.users[owner].office_start
        due: int | None = None
        if kind == "done":
            due = self._moment(max(earliest, now - YEAR), now - DAY, owner)
        elif kind == "overdue":
            due = self._moment(max(earliest, now - 30 * DAY), now - 60, owner)
        elif kind == "today":
            due = now + office + int(rand() * OFFICE_SPAN)
        elif kind == "upcoming":
            day = now // DAY + 1 + int(rand() * 30)
            due = self.time.workday[day] * DAY + office + int(rand() * OFFICE_SPAN)
        remind = reminded = None
        if due is not None and rand() < (0.2 if kind == "done" else 0.4):
            remind = due - rng.choice((15 * 60, HOUR, DAY))
            if remind < now:
                reminded = remind  # already shown: opening the app must not replay them all
        anchor = min(due if due is not None else now, now)
        created = min(anchor, max(earliest, anchor - int(rand() * 14 * DAY)))
        done: int | None = None
        if kind == "done" and due is not None:
            done = min(now - 60, max(created + 60, due + int((rand() * 3 - 2) * DAY)))
        priority = PRIORITIES.pick(rand)
        repeat = "none"
        if done is None and rand() < 0.05:
            repeat = "weekly" if rand() < 0.8 else "monthly"
        stamp = time.stamp
        return (
            task_id,
            title,
            task_type,
            self._pick_note(chinese),
            stamp(due) if due is not None else None,
            stamp(remind) if remind is not None else None,
            stamp(reminded) if reminded is not None else None,
            stamp(done) if done is not None else None,
            priority,
            repeat,
            stamp(created),
            stamp(max(created, done if done is not None else created)),
            self.users[owner].id,
            contact.id if contact else None,
            company.id if company else None,
            deal.id if deal else None,
        )

    # -- NPS ------------------------------------------------------------------------------
    def _write_nps(self) -> None:
        columns = (
            "id", "contact_id", "score", "comment", "responded_at", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("nps_response", columns, self._nps_rows())

    def _nps_rows(self) -> Iterator[Row]:
        rand, now, stamp = self.random, self.now, self.time.stamp
        respondents = [
            ct
            for ct in self.contacts
            if ct.company >= 0 and self.companies[ct.company].lifecycle != "prospect"
        ] or self.contacts
        ids = _Ids(self.rng, self.size.nps)
        for _ in range(self.size.nps):
            ct = respondents[int(rand() * len(respondents))]
            company = self.companies[ct.company] if ct.company >= 0 else None
            churned = company is not None and company.lifecycle == "churned"
            score = (NPS_CHURNED_SCORES if churned else NPS_SCORES).pick(rand)
            lo = max(ct.created, now - YEAR, company.customer_since if company else 0)
            hi = company.churned_at if churned and company else now - 60
            at = self._moment(min(lo, hi), hi, ct.owner)  # churned customers answered before
            comment = None
            if rand() < 0.4:
                band = 0 if score >= 9 else 1 if score >= 7 else 2
                comments = (dd.NPS_COMMENTS_ZH if ct.chinese else dd.NPS_COMMENTS_EN)[band]
                comment = self._pick(comments)
            yield (ids(), ct.id, score, comment, stamp(at), stamp(at), stamp(at))

    # -- targets --------------------------------------------------------------------------
    def _write_targets(self) -> None:
        columns = (
            "id", "kind", "period_start", "period_end", "amount", "created_at", "updated_at",
            "owner_id",
        )  # fmt: skip
        self._insert("target", columns, self._target_rows(), report=False)

    def _target_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        won = [0.0] * len(self.users)
        for deal in self.deals:
            if deal.outcome == "won" and deal.closed >= now - YEAR:
                won[deal.owner] += deal.amount_usd
        today = time.days[now // DAY]
        ids = _Ids(self.rng)
        for index, user in enumerate(self.users):
            if user.person.role != "rep":
                continue
            monthly = max(10_000.0, won[index] / 12 * (1.0 + 0.25 * rand()))
            for offset in range(-12, 4):
                months = today.year * 12 + today.month - 1 + offset
                start = date(months // 12, months % 12 + 1, 1)
                end = date((months + 1) // 12, (months + 1) % 12 + 1, 1) - timedelta(days=1)
                revenue = round(monthly * (0.9 + 0.25 * rand()), -3)
                pipeline = round(revenue / 0.45, -3)
                set_at = (start - self.time.origin).days * DAY - 5 * DAY + 9 * HOUR
                stamp = time.stamp(time.clamp(min(set_at, now - DAY)))
                for kind, amount in (("revenue", revenue), ("pipeline", pipeline)):
                    yield (
                        ids(), kind, start.isoformat(), end.isoformat(), int(amount) * 100,
                        stamp, stamp, user.id,
                    )  # fmt: skip
        self.progress.advance(1)

    # -- latest activity ------------------------------------------------------------------
    def _write_last_activity(self) -> None:
        stamp = self.time.stamp
        for table, records in (
            ("contact", self.contacts),
            ("company", self.companies),
            ("deal", self.deals),
        ):
            rows = [(stamp(r.last), r.id) for r in records if r.last >= 0]
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                self.cur.executemany(
                    f'UPDATE "{table}" SET last_activity_at = ? WHERE id = ?', chunk
                )
                self.progress.advance(len(chunk) / 4)


def _activity_pool(templates: Sequence[dd.ActivityTemplate]) -> list[dd.ActivityTemplate]:
    """Templates repeated so that picking one uniformly follows ``TYPE_WEIGHTS``."""
    per_type: dict[str, int] = {}
    for template in templates:
        per_type[template[0]] = per_type.get(template[0], 0) + 1
    pool: list[dd.ActivityTemplate] = []
    for template in templates:
        kind = template[0]
        copies = max(1, round(dd.TYPE_WEIGHTS[kind] * 12 / per_type[kind]))
        pool.extend([template] * copies)
    return pool
