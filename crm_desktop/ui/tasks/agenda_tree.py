"""Rescheduling by drag: the agenda tree (drop on a day group or a task) and a month calendar.

Both emit ``sig_task_dropped(task_id, date)``; the page moves the task to that day, keeping its
local time of day, with undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

TASK_MIME = "application/x-crm-task-id"
TASK_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # on a group's head: the day a drop moves a task to


def task_mime(task_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(TASK_MIME, task_id.encode())
    return mime


def dropped_task(mime: QMimeData | None) -> str | None:
    if mime is None or not mime.hasFormat(TASK_MIME):
        return None
    return bytes(mime.data(TASK_MIME).data()).decode() or None


class AgendaTree(QTreeWidget):
    """The agenda; a task dragged onto a day group (or a task in it) moves to that day."""

    sig_task_dropped = Signal(str, object)  # task id, datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [TASK_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        for item in items:
            task = item.data(0, TASK_ROLE)
            if task is not None:
                return task_mime(task.id)
        return QMimeData()

    def day_at(self, pos: QPoint) -> date | None:
        """The day a drop at ``pos`` (viewport coordinates) moves a task to."""
        item = self.itemAt(pos)
        if item is None:
            return None
        head = item.parent() or item
        day = head.data(0, DAY_ROLE)
        task = item.data(0, TASK_ROLE)
        if day is not None and task is not None and task.due_at is not None:
            return self._local_day_of(item) or day
        return day if isinstance(day, date) else None

    def _local_day_of(self, item: QTreeWidgetItem) -> date | None:
        value = item.data(1, DAY_ROLE)  # the task's own local due day, set by the page
        return value if isinstance(value, date) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_task(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_task(event.mimeData()) and self.day_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        task_id = dropped_task(event.mimeData())
        day = self.day_at(event.position().toPoint())
        if task_id is None or day is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the tree itself is rebuilt, not moved
        event.accept()
        self.sig_task_dropped.emit(task_id, day)


class TaskCalendar(QCalendarWidget):
    """A month calendar: days with open tasks in bold; drop a task on a day to move it there."""

    sig_task_dropped = Signal(str, object)  # task id, datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_calendar")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.view = self.findChild(QTableView)
        assert self.view is not None
        self.view.setAcceptDrops(True)
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)
        self._marked: set[date] = set()

    def mark_days(self, days: set[date]) -> None:
        plain, bold = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for day in self._marked - days:
            self.setDateTextFormat(QDate(day), plain)
        for day in days:
            self.setDateTextFormat(QDate(day), bold)
        self._marked = set(days)

    def date_at(self, pos: QPoint) -> date | None:
        """The day shown at ``pos`` in the view's viewport (None on the header row)."""
        assert self.view is not None
        index = self.view.indexAt(pos)
        if not index.isValid() or index.row() == 0:  # row 0: the names of the days
            return None
        try:
            number = int(str(index.data()))
        except ValueError:
            return None
        month = QDate(self.yearShown(), self.monthShown(), 1)
        if index.row() <= 2 and number > 20:  # a day of the month before
            month = month.addMonths(-1)
        elif index.row() >= 4 and number < 15:  # a day of the month after
            month = month.addMonths(1)
        shown = QDate(month.year(), month.month(), number)
        return date(shown.year(), shown.month(), shown.day()) if shown.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            task_id = dropped_task(event.mimeData())
            day = self.date_at(event.position().toPoint())
            if task_id is None or (day is None and kind != QEvent.Type.DragEnter):
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if kind == QEvent.Type.Drop and day is not None:
                self.sig_task_dropped.emit(task_id, day)
            return True
        return super().eventFilter(watched, event)
