"""The records behind a bar: a list of deals (double-click opens one) or of activities."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.metrics.activity import ActivityRow
from crm_desktop.services.metrics.drill import DealRow
from crm_desktop.ui.dashboards.widgets import (
    NO_VALUE,
    Formats,
    cell_key,
    fill_table,
    make_table,
    set_headers,
)
from crm_desktop.ui.hub import SignalHub


class DrillDialog(QDialog):
    def __init__(self, title: str, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_dialog")
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.hub = hub
        self.summary = QLabel()
        self.table = make_table([])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.cellDoubleClicked.connect(self._on_double_clicked)
        self.kind = "deal"

    def show_deals(self, rows: Sequence[DealRow], formats: Formats) -> None:
        self.kind = "deal"
        headers = [
            self.tr("Deal"),
            self.tr("Owner"),
            self.tr("Stage"),
            self.tr("Value"),
            self.tr("Probability"),
            self.tr("Expected close"),
            self.tr("Closed"),
        ]
        self._set_headers(headers)
        fill_table(
            self.table,
            [
                [
                    r.name,
                    r.owner_name or NO_VALUE,
                    r.stage_name or NO_VALUE,
                    formats.money(r.value),
                    f"{r.probability}%",
                    r.expected_close_date.isoformat() if r.expected_close_date else NO_VALUE,
                    r.closed_on.isoformat() if r.closed_on else NO_VALUE,
                ]
                for r in rows
            ],
            [r.id for r in rows],
        )
        total = sum(r.value or 0.0 for r in rows)
        self.summary.setText(
            self.tr(
                "%n deal(s), %1 in total. Double-click a deal to open it.", "", len(rows)
            ).replace("%1", formats.money(total))
        )

    def show_activities(self, rows: Sequence[ActivityRow]) -> None:
        self.kind = "activity"
        self._set_headers([self.tr("Subject"), self.tr("Type"), self.tr("Owner"), self.tr("When")])
        fill_table(
            self.table,
            [[r.subject, r.type, r.owner_name or NO_VALUE, r.occurred_at] for r in rows],
            [r.deal_id for r in rows],
        )
        self.summary.setText(self.tr("%n activity(ies)", "", len(rows)))

    def row_ids(self) -> list[object]:
        return [cell_key(self.table, r) for r in range(self.table.rowCount())]

    def _set_headers(self, headers: list[str]) -> None:
        set_headers(self.table, headers)

    def _on_double_clicked(self, row: int, _column: int) -> None:
        record_id = cell_key(self.table, row)
        if record_id:
            self.hub.sig_open_record.emit("deal", str(record_id))
