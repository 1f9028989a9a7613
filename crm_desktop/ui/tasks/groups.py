"""The agenda's groups: overdue, today, tomorrow, later this week, next week, later, done."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.reminders import upcoming_groups
from crm_desktop.services.tasks import Agenda, TaskDTO

Group = tuple[str, date | None, list[TaskDTO]]  # key, the day a drop moves a task to, tasks


def agenda_groups(agenda: Agenda, today: date, zone: tzinfo) -> list[Group]:
    """The groups in order; upcoming tasks go by their local due day."""
    later = upcoming_groups(today)
    buckets: dict[str, list[TaskDTO]] = {group.key: [] for group in later}
    for task in agenda.upcoming:
        assert task.due_at is not None
        day = task.due_at.astimezone(zone).date()
        group = next((g for g in later if g.end is None or day < g.end), later[-1])
        buckets[group.key].append(task)
    return [
        ("overdue", None, agenda.overdue),
        ("today", today, agenda.today),
        *[(group.key, group.first, buckets[group.key]) for group in later],
        ("done", None, agenda.done),
    ]


def group_name(key: str) -> str:
    translate = QCoreApplication.translate
    return {
        "overdue": translate("TasksPage", "Overdue"),
        "today": translate("TasksPage", "Today"),
        "tomorrow": translate("TasksPage", "Tomorrow"),
        "this_week": translate("TasksPage", "Later this week"),
        "next_week": translate("TasksPage", "Next week"),
        "later": translate("TasksPage", "Later"),
        "done": translate("TasksPage", "Done"),
    }[key]
