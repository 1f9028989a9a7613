"""The quick "log a call / email / meeting / note" dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crm_desktop.domain.enums import ActivityType


def to_utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=UTC)


translate = QCoreApplication.translate


def activity_title(kind: ActivityType) -> str:
    titles = {
        ActivityType.CALL: translate("ActivityDialog", "Log a call"),
        ActivityType.EMAIL: translate("ActivityDialog", "Log an email"),
        ActivityType.MEETING: translate("ActivityDialog", "Log a meeting"),
        ActivityType.MESSAGE: translate("ActivityDialog", "Log a message"),
        ActivityType.NOTE: translate("ActivityDialog", "Add a note"),
    }
    return titles[kind]


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class ActivityDialog(_Dialog):
    """Subject, notes, when and (calls, meetings) how long."""

    def __init__(self, kind: ActivityType, parent: QWidget | None = None) -> None:
        super().__init__(activity_title(kind), parent)
        self.kind = kind
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.form.addRow(self.tr("Subject"), self.subject)
        self.form.addRow(self.tr("Notes"), self.body)
        self.form.addRow(self.tr("When"), self.when)
        if kind in (ActivityType.CALL, ActivityType.MEETING):
            self.form.addRow(self.tr("Duration"), self.duration)
        self.form.addRow(self.buttons)
        self.subject.setFocus(Qt.FocusReason.OtherFocusReason)

    def occurred_at(self) -> datetime:
        return to_utc(self.when.dateTime())

    def duration_minutes(self) -> int | None:
        return self.duration.value() or None if self.duration.isVisible() else None
