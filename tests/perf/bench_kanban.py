"""Kanban benchmark: 5,000 open deals across 8 stages, against bare painted items.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bench_kanban [--deals N]``.
Prints figures; asserts no times (targets from the issue: build + first paint <= 0.3 s, a drop
committed and repainted <= 30 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)
from sqlalchemy import insert

from crm_desktop.services.board import BoardFilter
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.models import Activity, Company, Deal, Pipeline, Stage, Task, User
from crm_desktop.storage.types import new_id
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.pipeline.board_state import BoardState
from crm_desktop.ui.pipeline.page import PipelinePage

STAGES = 8
NOW = datetime.now(UTC)


def fill(db: Database, deals: int, seed: int = 7) -> None:
    """Bulk rows (Core inserts): users, companies, one pipeline of 8 stages, deals, work."""
    rnd = random.Random(seed)
    base = {"created_at": NOW, "updated_at": NOW}
    users = [
        dict(
            base,
            id=new_id(),
            name=f"Rep {i}",
            initials=f"R{i}",
            color="#4f7cff",
            role="rep",
            active=True,
        )
        for i in range(8)
    ]
    companies = [
        dict(base, id=new_id(), name=f"Company {i}", lifecycle="prospect", custom={})
        for i in range(500)
    ]
    pipeline_id = new_id()
    stages = [
        dict(
            base,
            id=new_id(),
            pipeline_id=pipeline_id,
            name=f"Stage {i + 1}",
            position=i,
            probability=10 + 10 * i,
            forecast_category="pipeline",
            rotting_days=14,
            outcome="open",
        )
        for i in range(STAGES)
    ]
    rows = []
    for i in range(deals):
        entered = NOW - timedelta(days=rnd.randint(0, 60))
        rows.append(
            dict(
                base,
                id=new_id(),
                name=f"Deal {i}",
                amount=Decimal(rnd.randint(1, 500) * 100),
                currency="USD",
                pipeline_id=pipeline_id,
                stage_id=rnd.choice(stages)["id"],
                company_id=rnd.choice(companies)["id"],
                owner_id=rnd.choice(users)["id"],
                expected_close_date=date.today() + timedelta(days=rnd.randint(-20, 90)),
                outcome="open",
                stage_entered_at=entered,
                position=float(i),
                custom={},
            )
        )
    activities = [
        dict(
            base,
            id=new_id(),
            type="call",
            subject="Call",
            owner_id=None,
            deal_id=rnd.choice(rows)["id"],
            custom={},
            occurred_at=NOW + timedelta(days=rnd.randint(-90, 20)),
        )
        for _ in range(deals * 3)
    ]
    tasks = [
        dict(
            base,
            id=new_id(),
            title="Follow up",
            type="follow_up",
            priority="normal",
            repeat="none",
            deal_id=rnd.choice(rows)["id"],
            due_at=NOW + timedelta(days=rnd.randint(-10, 30)),
        )
        for _ in range(deals // 2)
    ]
    with db.engine.begin() as conn:
        conn.execute(insert(User), users)
        conn.execute(insert(Company), companies)
        conn.execute(
            insert(Pipeline),
            [dict(base, id=pipeline_id, name="Sales", position=0, is_default=True)],
        )
        conn.execute(insert(Stage), stages)
        conn.execute(insert(Deal), rows)
        conn.execute(insert(Activity), activities)
        conn.execute(insert(Task), tasks)


class BareItem(QGraphicsRectItem):
    """The baseline: a card-sized item (C++ bounds) painting a rounded rect and one line."""

    def __init__(self, text: str) -> None:
        super().__init__(0, 0, 248, 92)
        self.text = text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(0.5, 0.5, 247, 91), 6, 6)
        painter.drawText(QRectF(8, 8, 232, 18), Qt.AlignmentFlag.AlignLeft, self.text)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def paint_now(view: QGraphicsView) -> None:
    view.viewport().repaint()


def bare_baseline(count: int, size: tuple[int, int]) -> tuple[float, float]:
    view = QGraphicsView()
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    scene = QGraphicsScene()
    view.setScene(scene)

    def build() -> None:
        for i in range(count):
            item = BareItem(f"Deal {i}")
            item.setPos(10 + (i % STAGES) * 270, 66 + (i // STAGES) * 100)
            scene.addItem(item)
        paint_now(view)

    build_s = timed(build)
    items = scene.items()
    moves = [
        timed(lambda it=it: (it.setPos(it.x() + 270, it.y()), paint_now(view))) for it in items[:20]
    ]
    view.close()
    return build_s, statistics.median(moves)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        fill(db, args.deals)
        services = Services(db)
        load_s = timed(lambda: services.board.load(BoardFilter()))
        board = services.board.load(BoardFilter())
        page = PipelinePage(SignalHub())
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        page.services = services

        def build() -> None:
            page._on_loaded(page._generation, board)
            paint_now(page.view)

        build_s = timed(build)
        state = page.state
        assert isinstance(state, BoardState)
        drops = []
        for n in range(20):
            card = state.columns[n % STAGES].cards[0]
            target = (n % STAGES + 1) % STAGES
            drops.append(
                timed(lambda c=card, t=target: (page.move_card(c.id, t, 1), paint_now(page.view)))
            )
        bar = page.view.verticalScrollBar()
        scrolls = [
            timed(lambda: (bar.setValue(bar.value() + 120), paint_now(page.view)))
            for _ in range(50)
        ]
        size = (page.view.viewport().width(), page.view.viewport().height())
        bare_build, bare_move = bare_baseline(args.deals, size)
        page.close()
        db.close()
    cards = sum(c.count for c in board.columns)
    print(f"kanban benchmark: {cards} open deals in {len(board.columns)} columns")
    print(f"  board query (worker thread)        {load_s * 1000:8.1f} ms")
    print(f"  build + first paint (board)        {build_s * 1000:8.1f} ms")
    print(
        f"  build + first paint (bare items)   {bare_build * 1000:8.1f} ms"
        f"   ratio {build_s / bare_build:5.2f}x"
    )
    print(
        f"  drop committed + repainted, median {statistics.median(drops) * 1000:8.1f} ms"
        f"   (max {max(drops) * 1000:.1f} ms)"
    )
    print(f"  bare item move + repaint, median   {bare_move * 1000:8.1f} ms")
    print(f"  scroll step + repaint, median      {statistics.median(scrolls) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
