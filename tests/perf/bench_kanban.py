"""Kanban: the board of the default pipeline (~5,000 open deals), against bare painted items.

Data set "kanban" (demo generator, ~15k deals of which ~5,000 are open in the default pipeline),
copied to a scratch file first because drops write. Rows: build + first paint of the board vs
as many bare card-sized items (a rounded rect and one line of text) built and painted; a drop
committed (stage change written) and repainted vs moving a bare item and repainting; the board
query (worker thread) vs the raw SQL of the open deals. Targets (issue 4): build + first paint
<= 0.3 s, drop committed <= 30 ms.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

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

from tests.perf.context import Context, open_services
from tests.perf.harness import Bench, Target

NAMES = ("kanban.board_query", "kanban.build_paint", "kanban.drop_commit")
RAW_BOARD_SQL = """
SELECT d.id, d.name, d.amount, d.currency, d.stage_id, d.expected_close_date, c.name, u.initials
FROM deal d JOIN pipeline p ON p.id = d.pipeline_id AND p.is_default
LEFT JOIN company c ON c.id = d.company_id LEFT JOIN "user" u ON u.id = d.owner_id
WHERE d.deleted_at IS NULL AND d.outcome = 'open' ORDER BY d.stage_id, d.position
"""


class BareItem(QGraphicsRectItem):
    """The baseline card: C++ bounds, painting a rounded rect and one line."""

    def __init__(self, text: str) -> None:
        super().__init__(0, 0, 248, 92)
        self.text = text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(0.5, 0.5, 247, 91), 6, 6)
        painter.drawText(QRectF(8, 8, 232, 18), Qt.AlignmentFlag.AlignLeft, self.text)


class BareBoard:
    def __init__(self, count: int, columns: int, size: tuple[int, int]) -> None:
        self.count, self.columns = count, columns
        self.view = QGraphicsView()
        self.view.resize(*size)
        self.view.show()
        QApplication.processEvents()  # exposed, so that repaint() paints
        self.items: list[BareItem] = []

    def build(self) -> None:
        scene = QGraphicsScene(self.view)
        self.items = []
        for i in range(self.count):
            item = BareItem(f"Deal {i}")
            item.setPos(10 + (i % self.columns) * 270, 66 + (i // self.columns) * 100)
            scene.addItem(item)
            self.items.append(item)
        old = self.view.scene()
        self.view.setScene(scene)
        if old is not None:
            old.deleteLater()
        self.view.viewport().repaint()

    def move(self, n: int) -> None:
        """Move a card of the first (visible) row one column on, wrapping round, and repaint."""
        item = self.items[n % min(self.columns, len(self.items))]
        item.setPos(10 + (item.x() + 270 - 10) % (self.columns * 270), item.y())
        self.view.viewport().repaint()


def scratch_copy(source: Path, folder: Path) -> Path:
    target = folder / "kanban.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def cases(ctx: Context) -> Iterator[Bench]:
    from crm_desktop.services.board import BoardFilter
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.pipeline.board_state import BoardState
    from crm_desktop.ui.pipeline.page import PipelinePage

    app = QApplication.instance() or QApplication([])
    path = scratch_copy(ctx.dataset("kanban"), ctx.workdir)
    services = open_services(path)
    raw = sqlite3.connect(path)
    board = services.board.load(BoardFilter())
    cards = sum(c.count for c in board.columns)
    yield Bench(
        "kanban.board_query",
        lambda: services.board.load(BoardFilter()),
        lambda: raw.execute(RAW_BOARD_SQL).fetchall(),
        note=f"{cards:,} open deals, {len(board.columns)} columns (runs on a worker)",
        baseline_note="raw SQL of the open deals with company and owner",
    )
    page = PipelinePage(SignalHub())
    page.resize(1400, 900)
    page.show()
    app.processEvents()
    page.services = services
    bare = BareBoard(cards, len(board.columns), (1400, 900))

    def build() -> None:
        page._on_loaded(page._generation, board)
        page.view.viewport().repaint()

    yield Bench(
        "kanban.build_paint",
        build,
        bare.build,
        Target(limit=300),
        note=f"{cards:,} cards",
        baseline_note="as many bare painted items",
    )
    build()
    state = page.state
    assert isinstance(state, BoardState)
    columns = len(state.columns)
    moves = [0]

    def drop() -> None:
        n = moves[0]
        moves[0] += 1
        source = next(c for c in range(n, n + columns) if state.columns[c % columns].cards)
        card = state.columns[source % columns].cards[0]
        target = (source + 1) % columns
        page.move_card(card.id, target, 1)
        page.view.viewport().repaint()

    yield Bench(
        "kanban.drop_commit",
        drop,
        lambda: bare.move(moves[0]),
        Target(limit=30),
        repeat=max(ctx.repeat, 20),
        note="move written (stage change) and repainted",
        baseline_note="a visible bare item moved and repainted",
    )
    bare.view.close()
    page.close()
    raw.close()
    services.close()
