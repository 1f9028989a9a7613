"""The fields of one record as a form, with each field's error shown right under it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.domain.enums import CustomFieldType, EntityKind
from crm_desktop.ui.records.fields import FieldSpec, Input, enum_label, field_specs
from crm_desktop.ui.records.inputs import CheckInput, ComboInput, LineInput, ListInput, TextInput
from crm_desktop.ui.records.pickers import UNRESOLVED, CompanyPicker, ContactsPicker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.lookups import CustomFieldDTO

CUSTOM_PREFIX = "custom."


class RecordForm(QWidget):
    sig_edited = Signal()
    sig_company_created = Signal(object)  # Changes

    def __init__(self, services: Services, kind: EntityKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.inputs: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        self._custom_fields = services.lookups.custom_fields(kind)
        self._custom_base: dict[str, Any] = {}
        self._loaded: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        form = QFormLayout()
        layout.addLayout(form)
        for spec in field_specs(kind):
            self._add_row(form, spec.key, spec.label, self._make_input(spec))
        if self._custom_fields:
            box = QGroupBox(self.tr("Custom properties"), self)
            custom_form = QFormLayout(box)
            for field in self._custom_fields:
                key = CUSTOM_PREFIX + field.key
                self._add_row(
                    custom_form, key, self._custom_label(field), self._custom_input(field)
                )
            layout.addWidget(box)
        layout.addStretch(1)
        if "pipeline_id" in self.inputs:
            self.inputs["pipeline_id"].sig_edited.connect(self._fill_stages)

    # -- building ------------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, key: str, label: str, widget: Any) -> None:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = QLabel(cell)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        widget.setObjectName(f"field_{key}")
        widget.sig_edited.connect(self.sig_edited)
        self.inputs[key] = widget
        self.errors[key] = error
        form.addRow(label, cell)

    def _make_input(self, spec: FieldSpec) -> Any:
        lookups = self.services.lookups
        if spec.input == Input.TEXT:
            return TextInput(self)
        if spec.input == Input.LIST:
            return ListInput(spec.placeholder, self)
        if spec.input == Input.ENUM and spec.enum is not None:
            items = [(enum_label(m), m.value) for m in spec.enum]
            return ComboInput(items, optional=spec.key == "lead_status", parent=self)
        if spec.input == Input.USER:
            return ComboInput([(c.label, c.id) for c in lookups.users()], parent=self)
        if spec.input == Input.SOURCE:
            return ComboInput([(c.label, c.id) for c in lookups.sources()], parent=self)
        if spec.input == Input.PIPELINE:
            items = [(p.name, p.id) for p in self.services.pipelines.list()]
            return ComboInput(items, parent=self)
        if spec.input == Input.STAGE:
            return ComboInput([], parent=self)
        if spec.input == Input.COMPANY:
            picker = CompanyPicker(self.services, self)
            picker.sig_created.connect(self.sig_company_created)
            return picker
        if spec.input == Input.CONTACTS:
            return ContactsPicker(self.services, self)
        return LineInput(spec.placeholder, self)

    def _custom_label(self, field: CustomFieldDTO) -> str:
        chinese = QLocale().language() == QLocale.Language.Chinese
        label = field.label_zh if chinese and field.label_zh else field.label_en
        return f"{label} *" if field.required else label

    def _custom_input(self, field: CustomFieldDTO) -> Any:
        if field.type == CustomFieldType.YES_NO:
            return CheckInput(self)
        if field.type == CustomFieldType.SINGLE_CHOICE:
            return ComboInput([(o, o) for o in field.options], parent=self)
        if field.type == CustomFieldType.MULTI_CHOICE:
            return ListInput(", ".join(field.options), self)
        if field.type == CustomFieldType.LONG_TEXT:
            return TextInput(self)
        return LineInput("", self)

    def _fill_stages(self) -> None:
        pipeline_id = self.inputs["pipeline_id"].value()
        stages: list[tuple[str, Any]] = []
        for pipeline in self.services.pipelines.list():
            if pipeline.id == pipeline_id or (pipeline_id is None and pipeline.is_default):
                stages = [(s.name, s.id) for s in pipeline.stages]
        self.inputs["stage_id"].set_items(stages)

    # -- values --------------------------------------------------------------------------
    def load(self, record: Any | None, defaults: dict[str, Any] | None = None) -> None:
        """Show ``record`` (a DTO), or ``defaults`` for a new record."""
        defaults = defaults or {}
        for key, widget in self.inputs.items():
            if key.startswith(CUSTOM_PREFIX) or key == "stage_id":
                continue
            widget.set_value(getattr(record, key) if record is not None else defaults.get(key))
        if "stage_id" in self.inputs:
            self._fill_stages()
            self.inputs["stage_id"].set_value(record.stage_id if record else None)
        self._custom_base = dict(record.custom) if record is not None else {}
        for field in self._custom_fields:
            self.inputs[CUSTOM_PREFIX + field.key].set_value(self._custom_base.get(field.key))
        self._loaded = self.values()
        self.clear_errors()

    def values(self) -> dict[str, Any]:
        values = {
            key: widget.value()
            for key, widget in self.inputs.items()
            if not key.startswith(CUSTOM_PREFIX)
        }
        if self._custom_fields:
            custom = dict(self._custom_base)
            for field in self._custom_fields:
                value = self.inputs[CUSTOM_PREFIX + field.key].value()
                custom[field.key] = _custom_value(field, value)
            values["custom"] = custom
        return values

    def changed_values(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def check(self) -> dict[str, str]:
        """Errors the form can tell before asking the service: unpicked links, custom values."""
        errors: dict[str, str] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, CompanyPicker) and widget.value() is UNRESOLVED:
                errors[key] = self.tr("Pick a company from the list, or click New to create it")
        for field in self._custom_fields:
            key = CUSTOM_PREFIX + field.key
            value = self.inputs[key].value()
            if field.required and value in (None, "", []):
                errors[key] = self.tr("Required")
            elif _custom_value(field, value) is UNRESOLVED:
                errors[key] = self.tr("Not a number")
        return errors

    # -- errors --------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        general = []
        for key, message in errors.items():
            label = self.errors.get(key)
            if label is None and key == "custom":
                label = next(iter(self.errors[k] for k in self.errors if "custom." in k), None)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        first = next((k for k in errors if k in self.inputs), None)
        if first is not None:
            self.inputs[first].setFocus()

    def clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""


def _custom_value(field: CustomFieldDTO, value: Any) -> Any:
    if field.type not in (CustomFieldType.NUMBER, CustomFieldType.MONEY) or value in (None, ""):
        return value
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return UNRESOLVED
    return int(number) if number.is_integer() else number
