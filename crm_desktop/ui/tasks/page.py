"""The Tasks page: the agenda (overdue, today, upcoming, done), filters, quick actions, .ics."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind, Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.reminders import add_local, move_to_day
from crm_desktop.services.tasks import Agenda, TaskDTO
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.tasks.agenda_tree import DAY_ROLE, TASK_ROLE, AgendaTree, TaskCalendar
from crm_desktop.ui.tasks.commands import RescheduleTaskCommand
from crm_desktop.ui.tasks.dialog import TaskDialog, to_qdatetime, type_names
from crm_desktop.ui.tasks.editing import make_task_dialog, save_task
from crm_desktop.ui.tasks.groups import agenda_groups, group_name
from crm_desktop.ui.widgets.owner_default import OwnerDefault
from crm_desktop.ui.widgets.page import Page
from crm_desktop.ui.workers import start_worker

if TYPE_CHECKING:
    from crm_desktop.ui.undo.manager import UndoManager

OVERDUE_COLOR = QColor("#b91c1c")


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class TasksPage(Page):
    key = "tasks"
    icon_name = "tasks"
    #: The agenda was (re)loaded and shown.
    sig_agenda_loaded = Signal()

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        self._generation = 0
        self._own: Changes | None = None
        self.agenda: Agenda | None = None
        self.undo_manager: UndoManager | None = None
        super().__init__(hub, parent)
        self.owner_combo = _named(QComboBox(), "tasks_owner_filter")
        self.owner_default = OwnerDefault(hub, self, lambda _s: self.refresh())  # rep: own tasks
        self.type_combo = _named(QComboBox(), "tasks_type_filter")
        for combo in (self.owner_combo, self.type_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_combo.addItem(self.tr("All types"), None)
        for value, text in type_names().items():
            self.type_combo.addItem(text, value)
        self.tree = _named(AgendaTree(), "tasks_tree")
        self.calendar = TaskCalendar()
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Type"), ""])
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 170)
        self.status = _named(QLabel(), "tasks_status")
        self.new_button = _named(QPushButton(self.tr("New task…")), "tasks_new")
        self.done_button = _named(QPushButton(self.tr("Done / undo (Space)")), "tasks_done")
        self.tomorrow_button = _named(QPushButton(self.tr("Tomorrow")), "tasks_tomorrow")
        self.week_button = _named(QPushButton(self.tr("Next week")), "tasks_next_week")
        self.export_button = _named(QPushButton(self.tr("Export .ics…")), "tasks_export")
        self._build()
        hub.sig_changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Tasks")

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Owner")))
        bar.addWidget(self.owner_combo)
        bar.addWidget(QLabel(self.tr("Type")))
        bar.addWidget(self.type_combo)
        bar.addStretch(1)
        for button in (
            self.new_button,
            self.done_button,
            self.tomorrow_button,
            self.week_button,
            self.export_button,
        ):
            bar.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        hint = _named(QLabel(self.tr("Drag a task onto a day group or a calendar day.")), "hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        side.addWidget(hint)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.tree.sig_task_dropped.connect(self.move_to_day)
        self.calendar.sig_task_dropped.connect(self.move_to_day)
        self.owner_combo.currentIndexChanged.connect(self._load)
        self.type_combo.currentIndexChanged.connect(self._load)
        self.new_button.clicked.connect(self.new_task)
        self.done_button.clicked.connect(self.toggle_done)
        self.tomorrow_button.clicked.connect(lambda: self.reschedule(days=1))
        self.week_button.clicked.connect(lambda: self.reschedule(days=7))
        self.export_button.clicked.connect(self.export_ics)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.edit_task(item))
        self.tree.itemChanged.connect(self._on_item_changed)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.tree)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_done)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "tree"):
            return  # Page.__init__ runs before the widgets exist
        services = self.services
        if services is None:
            self._generation += 1
            self.tree.clear()
            return
        today = services.tasks.clock().astimezone(services.tasks.zone).date()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Everyone"), None)
        for user in services.users.list():
            self.owner_combo.addItem(user.name, user.id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)
        self.owner_default.apply(self.owner_combo, services)
        self._load()

    def _load(self) -> None:
        services = self.services
        if services is None:
            return
        self._generation += 1
        tasks = services.tasks
        owner, kind = self.owner_combo.currentData(), self.type_combo.currentData()
        self.status.setText(self.tr("Loading…"))
        start_worker(
            lambda _context: tasks.agenda(owner_id=owner, task_type=kind),
            on_finished=partial(self._on_loaded, self._generation),
            on_failed=partial(self._on_failed, self._generation),
        )

    def _on_loaded(self, generation: int, agenda: Agenda) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.agenda = agenda
        selected = self.selected_task()
        self.tree.blockSignals(True)
        self.tree.clear()
        assert self.services is not None
        zone = self.services.tasks.zone
        today = self.services.tasks.clock().astimezone(zone).date()
        for key, day, tasks in agenda_groups(agenda, today, zone):
            head = QTreeWidgetItem(self.tree, [f"{group_name(key)} ({len(tasks)})"])
            head.setData(0, TASK_ROLE, None)
            head.setData(0, DAY_ROLE, day)
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            flags = Qt.ItemFlag.ItemIsEnabled
            head.setFlags(flags | Qt.ItemFlag.ItemIsDropEnabled if day else flags)
            for task in tasks:
                self._add_item(head, task, key == "overdue")
            head.setExpanded(key != "done" or len(tasks) <= 20)
        self.calendar.mark_days(
            {
                task.due_at.astimezone(zone).date()
                for task in (*agenda.overdue, *agenda.today, *agenda.upcoming)
                if task.due_at is not None
            }
        )
        self.tree.blockSignals(False)
        if selected is not None:
            self.select_task(selected.id)
        self.status.setText("")
        self.sig_agenda_loaded.emit()

    def _add_item(self, head: QTreeWidgetItem, task: TaskDTO, overdue: bool) -> None:
        due = self._when(task.due_at) if task.due_at else self.tr("no date")
        marks = "!" if task.priority is Priority.HIGH else ""
        if task.repeat.value != "none":
            marks += " ↻"
        item = QTreeWidgetItem(head, [task.title, due, type_names()[task.type], marks.strip()])
        item.setData(0, TASK_ROLE, task)
        if task.due_at is not None and self.services is not None:
            item.setData(1, DAY_ROLE, task.due_at.astimezone(self.services.tasks.zone).date())
        item.setFlags(
            item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        )
        done = Qt.CheckState.Checked if task.done_at else Qt.CheckState.Unchecked
        item.setCheckState(0, done)
        if overdue:
            item.setForeground(1, QBrush(OVERDUE_COLOR))
        if task.notes:
            item.setToolTip(0, task.notes)

    def _when(self, moment: datetime) -> str:
        return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.status.setText(
                self.tr("The tasks could not be loaded: {error}").format(error=error)
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes is self._own or self.services is None:
            return
        if changes.touches(EntityKind.TASK, EntityKind.USER):
            self._load()

    # -- selection -------------------------------------------------------------------------
    def selected_task(self) -> TaskDTO | None:
        item = self.tree.currentItem()
        task = item.data(0, TASK_ROLE) if item is not None else None
        return task if isinstance(task, TaskDTO) else None

    def select_task(self, task_id: str) -> bool:
        for item in self._task_items():
            task = item.data(0, TASK_ROLE)
            if task.id == task_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _task_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(index)
            assert head is not None
            items.extend(head.child(row) for row in range(head.childCount()))  # type: ignore[misc]
        return items

    # -- actions ---------------------------------------------------------------------------
    def _apply(self, changes: Changes) -> None:
        self._own = changes
        self.hub.sig_changed.emit(changes)
        self._own = None
        self._load()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        task = item.data(0, TASK_ROLE)
        if column == 0 and isinstance(task, TaskDTO):
            checked = item.checkState(0) == Qt.CheckState.Checked
            if checked != (task.done_at is not None):
                self.tree.setCurrentItem(item)
                self.toggle_done()

    def toggle_done(self) -> None:
        task, services = self.selected_task(), self.services
        if task is None or services is None:
            return
        if task.done_at is not None:
            self._apply(services.tasks.reopen(task.id).changes)
            return
        log = task.loggable and self.ask_log_activity(task)
        self._apply(services.tasks.complete(task.id, log_activity=log).changes)

    def ask_log_activity(self, task: TaskDTO) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Log activity"),
            self.tr("Log “{title}” as a completed activity on its record?").format(
                title=task.title
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reschedule(self, days: int) -> None:
        task, services = self.selected_task(), self.services
        if task is None or services is None:
            return
        tasks = services.tasks
        today = tasks.clock()
        base = task.due_at or today
        # Tomorrow / next week, counted from today, at the task's own local time.
        local = base.astimezone(tasks.zone)
        start = today.astimezone(tasks.zone).replace(
            hour=local.hour, minute=local.minute, second=0, microsecond=0
        )
        self.reschedule_to(task, add_local(start, tasks.zone, days=days))

    def move_to_day(self, task_id: str, day: date) -> None:
        """A task dropped on a day: that day, at its own local time (09:00 without one)."""
        services = self.services
        if services is None:
            return
        task = next(
            (t for t in (i.data(0, TASK_ROLE) for i in self._task_items()) if t.id == task_id),
            None,
        ) or services.tasks.get(task_id)
        due = move_to_day(task.due_at, day, services.tasks.zone)
        if due != task.due_at:
            self.reschedule_to(task, due)

    def reschedule_to(self, task: TaskDTO, due: datetime) -> None:
        """Move ``task`` to ``due``; Ctrl+Z puts its old due time and reminder back."""
        services = self.services
        assert services is not None
        try:
            changes = services.tasks.reschedule(task.id, due).changes
        except CrmError as error:
            QMessageBox.warning(self, self.tr("Task not moved"), str(error))
            self._load()
            return
        if self.undo_manager is not None:
            self.undo_manager.push(RescheduleTaskCommand(services, self.hub, task, due))
        self._apply(changes)

    def set_undo_manager(self, manager: UndoManager) -> None:
        self.undo_manager = manager

    def new_task(self) -> None:
        services = self.services
        if services is None:
            return
        dialog = make_task_dialog(self, services)
        if dialog.exec():
            self._save(dialog, None)

    def edit_task(self, item: QTreeWidgetItem) -> None:
        task, services = item.data(0, TASK_ROLE), self.services
        if not isinstance(task, TaskDTO) or services is None:
            return
        dialog = make_task_dialog(self, services, task.id)
        if dialog.exec():
            self._save(dialog, task.id)

    def _save(self, dialog: TaskDialog, task_id: str | None) -> None:
        services = self.services
        assert services is not None
        changes = save_task(dialog, services, task_id, self)
        if changes is not None:
            self._apply(changes)

    def export_ics(self) -> None:
        services = self.services
        if services is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export tasks"), "tasks.ics", self.tr("iCalendar (*.ics)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        services = self.services
        assert services is not None
        tasks = services.tasks
        shown = [item.data(0, TASK_ROLE) for item in self._task_items()]
        try:
            path.write_bytes(tasks.export_ics(shown))
        except (OSError, CrmError) as error:
            QMessageBox.warning(self, self.tr("Export failed"), str(error))
            return
        count = sum(1 for task in shown if task.due_at is not None)
        self.status.setText(
            self.tr("{count} tasks exported to {path}").format(count=count, path=path)
        )
