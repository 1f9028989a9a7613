"""The board's filters: pipeline, owner ("my deals"), search, close dates, amounts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from crm_desktop.services.board import BoardFilter
from crm_desktop.services.dto import PipelineDTO, UserDTO

NO_DATE = QDate(2000, 1, 1)
MY_DEALS = "__me__"
SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_user_id: str | None = None
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline_switcher")
        self.owner = QComboBox()
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.setObjectName("owner_filter")
        self.search = QLineEdit()
        self.search.setObjectName("board_search")
        self.search.setPlaceholderText(self.tr("Search deals or companies"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.close_from = self._date_edit("close_from")
        self.close_to = self._date_edit("close_to")
        self.amount_min = self._amount_edit("amount_min", self.tr("min"))
        self.amount_max = self._amount_edit("amount_max", self.tr("max"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.sig_changed)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pipeline)
        layout.addWidget(self.owner)
        layout.addWidget(self.search, 1)
        layout.addWidget(QLabel(self.tr("Close:")))
        layout.addWidget(self.close_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.close_to)
        layout.addWidget(QLabel(self.tr("Amount:")))
        layout.addWidget(self.amount_min)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.amount_max)

    def _connect(self) -> None:
        self.pipeline.activated.connect(lambda _i: self.sig_changed.emit())
        self.owner.activated.connect(lambda _i: self.sig_changed.emit())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for edit in (self.close_from, self.close_to):
            edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        for line in (self.amount_min, self.amount_max):
            line.editingFinished.connect(self.sig_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _amount_edit(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setMaximumWidth(90)
        return line

    # -- filling and reading -------------------------------------------------------------
    def set_pipelines(self, pipelines: tuple[PipelineDTO, ...], current: str | None) -> None:
        self.pipeline.blockSignals(True)
        self.pipeline.clear()
        for pipeline in pipelines:
            self.pipeline.addItem(pipeline.name, pipeline.id)
        index = self.pipeline.findData(current)
        self.pipeline.setCurrentIndex(max(0, index))
        self.pipeline.blockSignals(False)

    def set_users(self, users: list[UserDTO], current_user_id: str | None) -> None:
        self.current_user_id = current_user_id
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        if current_user_id:
            self.owner.addItem(self.tr("My deals"), MY_DEALS)
        for user in users:
            self.owner.addItem(user.name, user.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)

    def board_filter(self) -> BoardFilter:
        owner = self.owner.currentData()
        if owner == MY_DEALS:
            owner = self.current_user_id
        return BoardFilter(
            pipeline_id=self.pipeline.currentData(),
            owner_id=owner,
            search=self.search.text().strip(),
            close_from=_date(self.close_from),
            close_to=_date(self.close_to),
            amount_min=_amount(self.amount_min),
            amount_max=_amount(self.amount_max),
        )


def _date(edit: QDateEdit):  # type: ignore[no-untyped-def]
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def _amount(line: QLineEdit) -> Decimal | None:
    text = line.text().strip().replace(",", "")
    if not text:
        line.setStyleSheet("")
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        line.setStyleSheet("border: 1px solid #dc2626")
        line.setToolTip(QCoreApplication.translate("FilterBar", "Not a number: ignored"))
        return None
    line.setStyleSheet("")
    line.setToolTip("")
    return value
