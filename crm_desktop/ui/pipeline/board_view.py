"""The kanban board: painted cards in one graphics scene, sticky column headers, drag and drop.

Cards are ``CardItem``s; headers, column backgrounds, the insertion marker and the Won / Lost
drop zones are painted by the view itself. The drag is the view's own (press, move, release),
so it works the same with a mouse, a touchpad and in tests; the view only reports the drop
(``sig_card_dropped``): the page saves it and updates the state, or puts the card back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QWidget

from crm_desktop.services.board import BoardColumn
from crm_desktop.ui.pipeline.board_state import BoardState
from crm_desktop.ui.pipeline.card_item import CARD_H, CARD_W, CardItem, CardStyle, money

COL_PAD = 6.0
COLUMN_W = CARD_W + 2 * COL_PAD
GAP = 10.0
MARGIN = 10.0
HEADER_H = 56.0
CARD_STEP = CARD_H + 8.0
DROP_H = 56.0
PLUS = 22.0
EDGE_SCROLL = 28

COLUMN_FILL = QColor(0, 0, 0, 14)
HEADER_FILL = QColor("#eef2f7")
WON_FILL = QColor(22, 163, 74, 215)
LOST_FILL = QColor(220, 38, 38, 215)
MARKER = QColor("#2563eb")

WON, LOST, STAGE = "won", "lost", "stage"


@dataclass(frozen=True)
class DropTarget:
    kind: str  # "stage", "won", "lost" or "" (nowhere: the card goes back)
    column: int = -1
    index: int = -1


class BoardView(QGraphicsView):
    # card id, kind ("stage" / "won" / "lost"), column, index in the column
    sig_card_dropped = Signal(str, str, int, int)
    sig_card_activated = Signal(str)
    sig_add_requested = Signal(int)
    sig_context_menu = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_view")
        self.setScene(QGraphicsScene(self))
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.state: BoardState | None = None
        self.base_currency = ""
        self.current_id: str | None = None
        self._items: dict[str, CardItem] = {}
        self._column_ids: dict[int, list[str]] = {}
        self._style = CardStyle(self.font())
        self._press: tuple[QPoint, CardItem, QPointF] | None = None
        self._dragging: CardItem | None = None
        self._target = DropTarget("")

    # -- content -------------------------------------------------------------------------
    def set_state(self, state: BoardState | None, base_currency: str = "") -> None:
        """Show a freshly loaded board (rebuilds every card item)."""
        self._cancel_drag()
        self.scene().clear()
        self._items.clear()
        self._column_ids.clear()
        self.state, self.base_currency = state, base_currency
        self._style = CardStyle(self.font())
        if state is not None:
            self.relayout(set(range(len(state.columns))))
            if self.current_id is None or state.slot(self.current_id) is None:
                first = next((c.cards[0] for c in state.columns if c.cards), None)
                self.current_id = first.id if first else None
        self.set_current(self.current_id)
        self.viewport().update()

    def relayout(self, columns: set[int]) -> None:
        """Place the cards of ``columns`` where the state says (after a move or a failure)."""
        state = self.state
        if state is None:
            return
        scene = self.scene()
        gone: set[str] = set()
        for column in columns:
            x = self.column_x(column) + COL_PAD
            cards = state.columns[column].cards
            gone.update(self._column_ids.get(column, ()))
            self._column_ids[column] = [c.id for c in cards]
            for index, card in enumerate(cards):
                item = self._items.get(card.id)
                if item is None:
                    item = CardItem(card, self._style)
                    item.set_current(card.id == self.current_id)
                    self._items[card.id] = item
                    scene.addItem(item)
                else:
                    item.set_card(card)
                pos = QPointF(x, self.card_y(index))
                if item.pos() != pos:
                    item.setPos(pos)
                item.setZValue(0)
                item.setOpacity(1.0)
        gone.difference_update(self._items_in(columns))
        for card_id in gone:
            if card_id in self._items and state.slot(card_id) is None:
                scene.removeItem(self._items.pop(card_id))
        self._update_scene_rect()
        self.viewport().update()

    def _items_in(self, columns: set[int]) -> set[str]:
        return {i for column in columns for i in self._column_ids.get(column, ())}

    def item(self, card_id: str) -> CardItem | None:
        return self._items.get(card_id)

    def column_x(self, column: int) -> float:
        return MARGIN + column * (COLUMN_W + GAP)

    def card_y(self, index: int) -> float:
        return HEADER_H + MARGIN + index * CARD_STEP

    def card_center(self, card_id: str) -> QPoint:
        """Where a card is on the viewport (for keyboard focus and tests)."""
        item = self._items[card_id]
        return self.mapFromScene(item.sceneBoundingRect().center())

    def column_point(self, column: int, index: int) -> QPoint:
        """A viewport point that drops at ``index`` of ``column``."""
        x = self.column_x(column) + COLUMN_W / 2
        return self.mapFromScene(QPointF(x, self.card_y(index) - 2))

    def drop_zone_rect(self, kind: str) -> QRectF:
        width = self.viewport().width()
        half = (width - 3 * MARGIN) / 2
        top = self.viewport().height() - DROP_H - MARGIN
        left = MARGIN if kind == WON else 2 * MARGIN + half
        return QRectF(left, top, half, DROP_H)

    def plus_rect(self, column: int) -> QRectF:
        """The "+" of a column header, in viewport coordinates."""
        x = self.mapFromScene(QPointF(self.column_x(column) + COLUMN_W, 0)).x()
        return QRectF(x - PLUS - 6, 6, PLUS, PLUS)

    def set_current(self, card_id: str | None) -> None:
        old = self._items.get(self.current_id or "")
        if old is not None:
            old.set_current(False)
        self.current_id = card_id
        item = self._items.get(card_id or "")
        if item is not None:
            item.set_current(True)
            self.ensureVisible(item, 8, int(HEADER_H) + 8)

    # -- header texts (painted; also used by tests) --------------------------------------
    def header_lines(self, column: BoardColumn) -> tuple[str, str]:
        name = column.name if column.stage_id is not None else self.tr("Unassigned")
        title = self.tr("{name} · {count}").format(name=name, count=column.count)
        totals = self.tr("{total} · weighted {weighted}").format(
            total=money(column.total, self.base_currency),
            weighted=money(column.weighted, self.base_currency),
        )
        return title, totals

    # -- painting ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        rect = QRectF(rect)
        if self.state is None:
            return
        height = max(self.sceneRect().height(), rect.bottom())
        for column in range(len(self.state.columns)):
            painter.fillRect(QRectF(self.column_x(column), 0, COLUMN_W, height), COLUMN_FILL)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.state is None:
            return
        if self._dragging is not None and self._target.kind == STAGE:
            self._paint_marker(painter)
        painter.save()
        painter.resetTransform()
        for column in range(len(self.state.columns)):
            self._paint_header(painter, column)
        if self._dragging is not None:
            self._paint_zone(painter, WON, self.tr("Won"), WON_FILL)
            self._paint_zone(painter, LOST, self.tr("Lost"), LOST_FILL)
        painter.restore()

    def _paint_header(self, painter: QPainter, column: int) -> None:
        assert self.state is not None
        col = self.state.columns[column]
        x = self.mapFromScene(QPointF(self.column_x(column), 0)).x()
        rect = QRectF(x, 0, COLUMN_W, HEADER_H)
        painter.fillRect(rect, HEADER_FILL)
        painter.setPen(QPen(QColor("#cbd5e1")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        title, totals = self.header_lines(col)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#111827"))
        text_rect = QRectF(x + 8, 6, COLUMN_W - PLUS - 24, 20)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        painter.setPen(QColor("#4b5563"))
        painter.drawText(
            QRectF(x + 8, 28, COLUMN_W - 16, 20), Qt.AlignmentFlag.AlignVCenter, totals
        )
        if col.stage_id is not None:
            plus = self.plus_rect(column)
            painter.setPen(QPen(QColor("#2563eb"), 1.5))
            painter.drawRoundedRect(plus, 4, 4)
            painter.drawText(plus, Qt.AlignmentFlag.AlignCenter, "+")

    def _paint_zone(self, painter: QPainter, kind: str, text: str, fill: QColor) -> None:
        rect = self.drop_zone_rect(kind)
        active = self._target.kind == kind
        painter.setPen(QPen(QColor("white"), 3 if active else 0))
        painter.setBrush(fill.lighter(115) if active else fill)
        painter.drawRoundedRect(rect, 8, 8)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marker(self, painter: QPainter) -> None:
        y = self.card_y(self._target.index) - 4
        x = self.column_x(self._target.column) + COL_PAD
        painter.setPen(QPen(MARKER, 3))
        painter.drawLine(QPointF(x, y), QPointF(x + CARD_W, y))

    def _update_scene_rect(self) -> None:
        state = self.state
        rows = max((c.count for c in state.columns), default=0) if state else 0
        columns = len(state.columns) if state else 0
        width = MARGIN + columns * (COLUMN_W + GAP)
        height = self.card_y(rows) + DROP_H + 2 * MARGIN
        self.setSceneRect(QRectF(0, 0, width, height))

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        plus = self._plus_at(pos)
        if event.button() == Qt.MouseButton.LeftButton and plus is not None:
            self.sig_add_requested.emit(plus)
            return
        item = self._card_at(pos)
        if item is not None:
            self.set_current(item.card.id)
            if event.button() == Qt.MouseButton.LeftButton:
                grab = self.mapToScene(pos) - item.pos()
                self._press = (pos, item, grab)
            elif event.button() == Qt.MouseButton.RightButton:
                self.sig_context_menu.emit(item.card.id, event.globalPosition().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        pos = event.position().toPoint()
        start, item, grab = self._press
        if self._dragging is None:
            if (pos - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = item
            item.setZValue(10)
            item.setOpacity(0.95)
        self._scroll_near_edges(pos)
        item.setPos(self.mapToScene(pos) - grab)
        self._target = self._target_at(pos)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._press = self._dragging, None
        if dragged is None:
            super().mouseReleaseEvent(event)
            return
        target = self._target_at(event.position().toPoint())
        self._cancel_drag()
        self.sig_card_dropped.emit(dragged.card.id, target.kind, target.column, target.index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._card_at(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_card_activated.emit(item.card.id)
        event.accept()

    def _cancel_drag(self) -> None:
        dragged, self._dragging, self._press = self._dragging, None, None
        self._target = DropTarget("")
        if dragged is not None and self.state is not None:
            slot = self.state.slot(dragged.card.id)
            if slot is not None:
                self.relayout({slot.column})
        self.viewport().update()

    def _card_at(self, pos: QPoint) -> CardItem | None:
        if pos.y() < HEADER_H:
            return None
        for item in self.items(pos):
            if isinstance(item, CardItem) and item is not self._dragging:
                return item
        return None

    def _plus_at(self, pos: QPoint) -> int | None:
        if self.state is None or pos.y() > HEADER_H:
            return None
        for column in self.state.stage_columns():
            if self.plus_rect(column).contains(QPointF(pos)):
                return column
        return None

    def _target_at(self, pos: QPoint) -> DropTarget:
        for kind in (WON, LOST):
            if self.drop_zone_rect(kind).contains(QPointF(pos)):
                return DropTarget(kind)
        state = self.state
        scene = self.mapToScene(pos)
        column = int((scene.x() - MARGIN) // (COLUMN_W + GAP))
        if state is None or not 0 <= column < len(state.columns):
            return DropTarget("")
        if state.columns[column].stage_id is None or self._dragging is None:
            return DropTarget("")
        moving = self._dragging.card.id
        # Compare with the cards as they are shown (the dragged one's gap still there).
        centers = [
            self._items[c.id].y() + CARD_H / 2
            for c in state.columns[column].cards
            if c.id != moving and c.id in self._items
        ]
        index = sum(1 for center in centers if center < scene.y())
        return DropTarget(STAGE, column, index)

    def _scroll_near_edges(self, pos: QPoint) -> None:
        bar = self.horizontalScrollBar()
        if pos.x() < EDGE_SCROLL:
            bar.setValue(bar.value() - 20)
        elif pos.x() > self.viewport().width() - EDGE_SCROLL:
            bar.setValue(bar.value() + 20)
        vbar = self.verticalScrollBar()
        if pos.y() < HEADER_H + EDGE_SCROLL:
            vbar.setValue(vbar.value() - 20)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key == Qt.Key.Key_Escape and self._dragging is not None:
            self._cancel_drag()
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(key)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id:
            self.sig_card_activated.emit(self.current_id)
        elif key == Qt.Key.Key_Menu and self.current_id:
            self.sig_context_menu.emit(
                self.current_id, self.viewport().mapToGlobal(self.card_center(self.current_id))
            )
        else:
            super().keyPressEvent(event)

    def _step(self, key: int) -> None:
        state = self.state
        slot = state.slot(self.current_id) if state and self.current_id else None
        if state is None or slot is None:
            return
        column, index = slot.column, slot.index
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index += -1 if key == Qt.Key.Key_Up else 1
        else:
            step = -1 if key == Qt.Key.Key_Left else 1
            column += step
            while 0 <= column < len(state.columns) and not state.columns[column].cards:
                column += step
        if not 0 <= column < len(state.columns):
            return
        cards = state.columns[column].cards
        if cards:
            self.set_current(cards[max(0, min(index, len(cards) - 1))].id)
