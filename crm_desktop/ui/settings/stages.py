"""Pipelines & stages: stage table (drag the row header to reorder), lost reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.dto import StageDTO
from crm_desktop.ui.settings.common import announce, forecast_labels, outcome_labels, show_error

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

COLUMNS = 5  # name, probability, forecast category, rotting days, outcome


def _combo(labels: dict[Any, str], value: Any) -> QComboBox:
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(label, key.value)
    combo.setCurrentIndex(max(combo.findData(value.value), 0))
    return combo


class StagesSection(QWidget):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.services: Services | None = None
        self.stages: list[StageDTO] = []
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline_choice")
        self.pipeline.activated.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Probability %"),
                self.tr("Forecast category"),
                self.tr("Rotting days"),
                self.tr("Outcome"),
            ]
        )
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 110, 140, 110, 120)):
            if width:
                self.table.setColumnWidth(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionsMovable(True)
        rows.sectionMoved.connect(self._on_row_dragged)
        self.lost_reasons = QPlainTextEdit()
        self.lost_reasons.setObjectName("lost_reasons")
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline:")))
        top.addWidget(self.pipeline, 1)
        for text, slot in (
            (self.tr("New pipeline…"), self.add_pipeline),
            (self.tr("Rename…"), self.rename_pipeline),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        stage_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add stage"), self.add_stage),
            (self.tr("Move up"), lambda: self.move_selected(-1)),
            (self.tr("Move down"), lambda: self.move_selected(1)),
            (self.tr("Delete stage…"), self.delete_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        save_reasons = QPushButton(self.tr("Save lost reasons"))
        save_reasons.clicked.connect(self.save_lost_reasons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(self.tr("Drag a row by its number to reorder the stages; edits save at once."))
        )
        layout.addWidget(self.table, 3)
        layout.addLayout(stage_buttons)
        layout.addWidget(QLabel(self.tr("Lost reasons (one per line):")))
        layout.addWidget(self.lost_reasons, 1)
        layout.addWidget(save_reasons, 0, Qt.AlignmentFlag.AlignLeft)

    # -- loading -------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def pipeline_id(self) -> str | None:
        value = self.pipeline.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        services = self.services
        chosen = self.pipeline_id()
        self.pipeline.clear()
        if services is None:
            self.table.setRowCount(0)
            return
        for pipeline in services.pipelines.list():
            self.pipeline.addItem(pipeline.name, pipeline.id)
        self.pipeline.setCurrentIndex(max(self.pipeline.findData(chosen), 0))
        pipeline_id = self.pipeline_id()
        self.stages = services.stage_settings.stages(pipeline_id) if pipeline_id else []
        self._fill_table()
        names = [name for _id, name in services.stage_settings.lost_reasons()]
        self.lost_reasons.setPlainText("\n".join(names))

    def _fill_table(self) -> None:
        header = self.table.verticalHeader()
        header.blockSignals(True)
        self.table.setRowCount(0)  # also resets the dragged row order
        self.table.setRowCount(len(self.stages))
        for row, stage in enumerate(self.stages):
            self._fill_row(row, stage)
        header.blockSignals(False)

    def _fill_row(self, row: int, stage: StageDTO) -> None:
        name = QLineEdit(stage.name)
        name.editingFinished.connect(lambda: self._update(stage, {"name": name.text()}))
        probability = QSpinBox()
        probability.setRange(0, 100)
        probability.setSuffix(" %")
        probability.setValue(stage.probability)
        probability.editingFinished.connect(
            lambda: self._update(stage, {"probability": probability.value()})
        )
        forecast = _combo(forecast_labels(), stage.forecast_category)
        forecast.activated.connect(
            lambda _i: self._update(stage, {"forecast_category": forecast.currentData()})
        )
        rotting = QSpinBox()
        rotting.setRange(0, 3650)
        rotting.setSpecialValueText(self.tr("never"))
        rotting.setValue(stage.rotting_days or 0)
        rotting.editingFinished.connect(
            lambda: self._update(stage, {"rotting_days": rotting.value() or None})
        )
        outcome = _combo(outcome_labels(), stage.outcome)
        outcome.activated.connect(
            lambda _i: self._update(stage, {"outcome": outcome.currentData()})
        )
        for column, widget in enumerate((name, probability, forecast, rotting, outcome)):
            self.table.setCellWidget(row, column, widget)

    # -- stage edits ---------------------------------------------------------------------
    def _update(self, stage: StageDTO, values: dict[str, Any]) -> None:
        services = self.services
        current = {
            "name": stage.name,
            "probability": stage.probability,
            "forecast_category": stage.forecast_category.value,
            "rotting_days": stage.rotting_days,
            "outcome": stage.outcome.value,
        }
        if services is None or all(current[k] == v for k, v in values.items()):
            return
        self._save(lambda: services.stage_settings.update_stage(stage.id, values))

    def add_stage(self) -> None:
        services, pipeline_id = self.services, self.pipeline_id()
        if services is None or pipeline_id is None:
            return
        name = self.tr("New stage")
        self._save(lambda: services.stage_settings.add_stage(pipeline_id, {"name": name})[1])

    def _on_row_dragged(self, _logical: int, _old: int, _new: int) -> None:
        header = self.table.verticalHeader()
        order = sorted(range(len(self.stages)), key=header.visualIndex)
        self.apply_order([self.stages[i].id for i in order])

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < len(self.stages) and 0 <= target < len(self.stages)):
            return
        ids = [s.id for s in self.stages]
        ids[row], ids[target] = ids[target], ids[row]
        self.apply_order(ids)
        self.table.setCurrentCell(target, 0)

    def apply_order(self, stage_ids: list[str]) -> None:
        services, pipeline_id = self.services, self.pipeline_id()
        if services is not None and pipeline_id is not None:
            self._save(lambda: services.stage_settings.reorder(pipeline_id, stage_ids))

    def ask_deals_target(self, stage: StageDTO, count: int) -> tuple[bool, str | None]:
        """Whether to delete, and where the stage's deals go (None: no stage)."""
        others = [s for s in self.stages if s.id != stage.id]
        names = [s.name for s in others] + [self.tr("No stage (unassigned)")]
        text = self.tr("“%1” holds %2 deals. Move them to:")
        text = text.replace("%1", stage.name).replace("%2", str(count))
        choice, ok = QInputDialog.getItem(self, self.tr("Delete stage"), text, names, 0, False)
        if not ok:
            return False, None
        index = names.index(choice)
        return True, (others[index].id if index < len(others) else None)

    def delete_selected(self) -> None:
        row, services = self.table.currentRow(), self.services
        if services is None or not 0 <= row < len(self.stages):
            return
        stage = self.stages[row]
        ok, target = self.ask_deals_target(stage, services.stage_settings.deal_count(stage.id))
        if ok:
            self._save(lambda: services.stage_settings.delete_stage(stage.id, target))

    # -- pipelines and lost reasons ------------------------------------------------------
    def ask_name(self, title: str, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=current)
        return text if ok else None

    def add_pipeline(self) -> None:
        services = self.services
        name = self.ask_name(self.tr("New pipeline"), "") if services else None
        if services is not None and name is not None:
            self._save(lambda: services.stage_settings.add_pipeline(name)[1])

    def rename_pipeline(self) -> None:
        services, pipeline_id = self.services, self.pipeline_id()
        if services is None or pipeline_id is None:
            return
        name = self.ask_name(self.tr("Rename pipeline"), self.pipeline.currentText())
        if name is not None:
            self._save(lambda: services.stage_settings.rename_pipeline(pipeline_id, name))

    def save_lost_reasons(self) -> None:
        services = self.services
        if services is not None:
            names = self.lost_reasons.toPlainText().splitlines()
            self._save(lambda: services.stage_settings.set_lost_reasons(names))

    def _save(self, write: Any) -> None:
        try:
            changes = write()
        except CrmError as error:
            show_error(self, error)
        else:
            announce(self.hub, changes)
        # Later: the edit may come from a cell widget that the refresh replaces.
        QTimer.singleShot(0, self, self.refresh)
