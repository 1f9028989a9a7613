"""A deterministic dashboards data set made with bulk SQL (the GUI tests and screenshots use it).

The benchmark itself (bench_dashboards.py) runs on the demo generator's "large" data set.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from crm_desktop.storage.database import open_database

REPS = [
    "Alice Chen", "Bruno Diaz", "Carla Rossi", "David Kim", "Emma Wilson",
    "王伟", "李娜", "张敏", "Farid Haddad", "Grace Lee",
]  # fmt: skip
SOURCES = ["Website", "Referral", "Trade show", "Cold call", "Partner", "LinkedIn"]
STAGES = [  # name, probability, forecast category, rotting days, outcome
    ("Qualified", 10, "pipeline", 14, "open"),
    ("Discovery", 25, "pipeline", 14, "open"),
    ("Proposal", 50, "best_case", 21, "open"),
    ("Negotiation", 75, "commit", 21, "open"),
    ("Contract sent", 90, "commit", 30, "open"),
    ("Won", 100, "closed", None, "won"),
    ("Lost", 0, "omitted", None, "lost"),
]
OPEN_STAGES = 5
ACTIVITY_TYPES = (["call"] * 4) + (["email"] * 5) + (["meeting"] * 2) + ["message", "note"]
DAYS_BACK = 540


def new_id() -> str:
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class Generator:
    def __init__(self, conn: sqlite3.Connection, today: date, seed: int) -> None:
        self.conn = conn
        self.today = today
        self.now = datetime(today.year, today.month, today.day, 9, 0)
        random.seed(seed)
        self.users = [new_id() for _ in REPS]
        self.sources = [new_id() for _ in SOURCES]
        self.pipeline = new_id()
        self.stages = [new_id() for _ in STAGES]
        self.deal_ids: list[str] = []

    def moment(self, days_back: float) -> datetime:
        return self.now - timedelta(days=days_back, minutes=random.randint(0, 600))

    def insert(self, table: str, columns: str, rows: Iterator[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" * len(columns.split(",")))
        self.conn.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)

    def reference(self) -> None:
        created = ts(self.now - timedelta(days=DAYS_BACK + 30))
        self.conn.execute(
            "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
            ("base_currency", '"USD"', created),
        )
        for code, name in (("USD", "US dollar"), ("EUR", "Euro"), ("CNY", "Renminbi")):
            self.conn.execute(
                "INSERT OR IGNORE INTO currency (code, name, decimals, active) VALUES (?, ?, 2, 1)",
                (code, name),
            )
        rates = [("EUR", 1.08, 600), ("EUR", 1.12, 200), ("CNY", 0.14, 600), ("CNY", 0.138, 90)]
        self.insert(
            "currency_rate",
            "id, code, rate, effective_from, created_at",
            ((new_id(), c, r, (self.today - timedelta(days=d)).isoformat(), created)
             for c, r, d in rates),
        )  # fmt: skip
        self.insert(
            "user",
            "id, name, role, active, color, created_at, updated_at",
            ((u, n, "rep", 1, "#4f7cff", created, created)
             for u, n in zip(self.users, REPS, strict=True)),
        )  # fmt: skip
        self.insert(
            "source",
            "id, name, position, active, created_at, updated_at",
            (
                (s, n, i, 1, created, created)
                for i, (s, n) in enumerate(zip(self.sources, SOURCES, strict=True))
            ),
        )
        self.insert(
            "pipeline",
            "id, name, position, is_default, created_at, updated_at",
            iter([(self.pipeline, "Sales", 0, 1, created, created)]),
        )
        self.insert(
            "stage",
            "id, pipeline_id, name, position, probability, forecast_category, rotting_days, "
            "outcome, created_at, updated_at",
            ((self.stages[i], self.pipeline, n, i, p, fc, rot, out, created, created)
             for i, (n, p, fc, rot, out) in enumerate(STAGES)),
        )  # fmt: skip

    def deal_rows(self, count: int) -> Iterator[tuple[Any, ...]]:
        for i in range(count):
            deal_id = new_id()
            self.deal_ids.append(deal_id)
            age = random.uniform(0, DAYS_BACK)
            created = self.moment(age)
            cycle = random.uniform(8, 120)
            closed = None
            outcome, position = "open", min(int(random.expovariate(0.6)), OPEN_STAGES - 1)
            if cycle < age and random.random() < 0.85:
                outcome = "won" if random.random() < 0.3 else "lost"
                position = 5 if outcome == "won" else 6
                closed = created + timedelta(days=cycle)
            amount = None if random.random() < 0.03 else int(random.lognormvariate(9.5, 1.0)) * 100
            currency = random.choices(["USD", "EUR", "CNY"], [80, 12, 8])[0]
            if currency == "CNY" and amount:
                amount *= 7
            close_day = (created + timedelta(days=random.uniform(20, 150))).date()
            entered = closed or created + timedelta(days=random.uniform(0, age) * 0.5)
            last = (
                created + timedelta(days=random.uniform(0, age)) if random.random() < 0.8 else None
            )
            yield (
                deal_id, f"Deal {i + 1:06d}", amount, currency, self.pipeline,
                self.stages[position], None, close_day.isoformat()
                if random.random() > 0.03 else None,
                random.randint(5, 95) if random.random() < 0.1 else None,
                random.choice(self.sources) if random.random() > 0.1 else None,
                outcome, ts(closed) if closed else None, ts(entered),
                "Follow up" if random.random() < 0.6 else None,
                ts(last) if last else None, 0.0, random.choice(self.users),
                ts(created), ts(closed or created), "{}",
            )  # fmt: skip

    def deals(self, count: int) -> None:
        self.insert(
            "deal",
            "id, name, amount, currency, pipeline_id, stage_id, company_id, "
            "expected_close_date, probability, source_id, outcome, closed_at, "
            "stage_entered_at, next_step, last_activity_at, position, owner_id, created_at, "
            "updated_at, custom",
            self.deal_rows(count),
        )
        rows = self.conn.execute(
            "SELECT d.id, s.position, d.created_at, d.outcome FROM deal d "
            "JOIN stage s ON s.id = d.stage_id"
        ).fetchall()
        self.insert("stage_change", "id, deal_id, to_stage_id, to_outcome, at", self._moves(rows))

    def _moves(self, rows: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for deal_id, position, created, outcome in rows:
            reached = position if outcome == "open" else random.randint(0, OPEN_STAGES - 1)
            for step in range(reached + 1):
                yield (new_id(), deal_id, self.stages[step], "open", created)
            if outcome != "open":
                yield (new_id(), deal_id, self.stages[position], outcome, created)

    def activities(self, count: int) -> None:
        def rows() -> Iterator[tuple[Any, ...]]:
            for _ in range(count):
                when = self.moment(random.uniform(-5, DAYS_BACK))
                deal = random.choice(self.deal_ids) if random.random() < 0.5 else None
                kind = random.choice(ACTIVITY_TYPES)
                yield (new_id(), kind, kind.title(), ts(when), random.choice(self.users), deal,
                       ts(when), ts(when), "{}")  # fmt: skip

        self.insert(
            "activity",
            "id, type, subject, occurred_at, owner_id, deal_id, created_at, updated_at, custom",
            rows(),
        )

    def people(self, deals: int) -> None:
        created = lambda: ts(self.moment(random.uniform(0, DAYS_BACK)))  # noqa: E731
        self.insert(
            "contact",
            "id, first_name, last_name, lifecycle_stage, source_id, owner_id, other_emails, "
            "other_phones, tags, created_at, updated_at, custom",
            ((new_id(), "Lead", str(i), "lead", random.choice(self.sources),
              random.choice(self.users), "[]", "[]", "[]", created(), created(), "{}")
             for i in range(deals // 2)),
        )  # fmt: skip
        self.insert(
            "company",
            "id, name, lifecycle, customer_since, churned_at, created_at, updated_at, custom",
            self._companies(max(deals // 10, 20)),
        )
        self.insert(
            "nps_response",
            "id, score, responded_at, created_at, updated_at",
            ((new_id(), random.choices(range(11), [1, 1, 1, 2, 2, 3, 4, 8, 10, 12, 9])[0],
              created(), created(), created()) for _ in range(max(deals // 5, 200))),
        )  # fmt: skip
        self.insert(
            "task",
            "id, title, type, deal_id, owner_id, due_at, priority, repeat, created_at, "
            "updated_at",
            ((new_id(), "Follow up", "follow_up", d, random.choice(self.users),
              ts(self.moment(random.uniform(-20, 10))), "normal", "none", created(), created())
             for d in random.sample(self.deal_ids, len(self.deal_ids) // 4)),
        )  # fmt: skip

    def _companies(self, count: int) -> Iterator[tuple[Any, ...]]:
        for i in range(count):
            since = (self.now - timedelta(days=random.uniform(30, 900))).date()
            churned = None
            if random.random() < 0.25:
                churned = since + timedelta(days=random.uniform(20, 500))
                churned = churned if churned < self.today else None
            lifecycle = "churned" if churned else "customer"
            churned_on = churned.isoformat() if churned else None
            now = ts(self.now)
            yield (
                new_id(),
                f"Company {i}",
                lifecycle,
                since.isoformat(),
                churned_on,
                now,
                now,
                "{}",
            )

    def targets(self) -> None:
        def rows() -> Iterator[tuple[Any, ...]]:
            month = (self.today - timedelta(days=DAYS_BACK)).replace(day=1)
            while month <= self.today + timedelta(days=120):
                end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                for user in self.users:
                    yield (new_id(), user, "revenue", month.isoformat(), end.isoformat(),
                           random.randint(30, 60) * 100000, ts(self.now), ts(self.now))  # fmt: skip
                month = end + timedelta(days=1)

        self.insert(
            "target",
            "id, owner_id, kind, period_start, period_end, amount, created_at, updated_at",
            rows(),
        )


def generate(
    path: Path, deals: int, activities: int, *, today: date | None = None, seed: int = 7
) -> Path:
    """A database at ``path`` with ``deals`` deals and ``activities`` activities (bulk SQL)."""
    open_database(path).close()  # create and migrate
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    generator = Generator(conn, today or datetime.now(UTC).date(), seed)
    with conn:
        generator.reference()
        generator.deals(deals)
        generator.activities(activities)
        generator.people(deals)
        generator.targets()
    conn.execute("ANALYZE")
    conn.close()
    return path
