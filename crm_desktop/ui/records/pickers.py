"""Autocomplete pickers for linked records, with "create new" for companies."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.lookups import Choice

UNRESOLVED = object()  #: the picker holds text that names no record yet


class LookupLine(QLineEdit):
    """A line edit whose completer asks ``lookup(text)`` as the user types."""

    sig_chosen = Signal(str, str)  # id, label

    def __init__(
        self, lookup: Callable[[str], list[Choice]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._choices: dict[str, str] = {}  # label -> id
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._on_activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        choices = self._lookup(text) if text.strip() else []
        self._choices = {c.label: c.id for c in choices}
        self._model.setStringList(list(self._choices))

    def _on_activated(self, label: str) -> None:
        record_id = self._choices.get(label)
        if record_id is not None:
            self.sig_chosen.emit(record_id, label)

    def choose_text(self, text: str) -> bool:
        """Choose the match of ``text`` as if picked from the list (used when typing + Enter)."""
        self._on_text_edited(text)
        record_id = self._choices.get(text) or (
            next(iter(self._choices.values())) if len(self._choices) == 1 else None
        )
        if record_id is None:
            return False
        label = next(lbl for lbl, i in self._choices.items() if i == record_id)
        self.sig_chosen.emit(record_id, label)
        return True


class CompanyPicker(QWidget):
    """One company: type to find it, or "New" to create it from the typed name."""

    sig_edited = Signal()
    sig_created = Signal(object)  # the Changes of the company created inline

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._id: str | None = None
        self._label = ""
        self.line = LookupLine(services.lookups.companies, self)
        self.line.setPlaceholderText(self.tr("Type to find a company"))
        self.line.sig_chosen.connect(self._on_chosen)
        self.line.textEdited.connect(lambda _text: self.sig_edited.emit())
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setToolTip(self.tr("Create a company with the typed name"))
        self.new_button.clicked.connect(self.create_from_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.new_button)

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        return self._id if text == self._label else UNRESOLVED

    def set_value(self, value: Any) -> None:
        self._id = value
        labels = self._services.lookups.labels(EntityKind.COMPANY, [value] if value else [])
        self._label = labels.get(value, "") if value else ""
        self.line.setText(self._label)

    def _on_chosen(self, record_id: str, label: str) -> None:
        self._id, self._label = record_id, label
        self.line.setText(label)
        self.sig_edited.emit()

    def create_from_text(self) -> None:
        name = self.line.text().strip()
        if not name:
            self.line.setFocus()
            return
        try:
            saved = self._services.companies.create({"name": name})
        except CrmError:
            return
        self._on_chosen(saved.record.id, saved.record.name)
        self.sig_created.emit(saved.changes)


class ContactsPicker(QWidget):
    """Several contacts: a list with a find-and-add line and a remove button."""

    sig_edited = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.line = LookupLine(services.lookups.contacts, self)
        self.line.setPlaceholderText(self.tr("Type to add a contact"))
        self.line.sig_chosen.connect(self._on_chosen)
        self.line.returnPressed.connect(lambda: self.line.choose_text(self.line.text()))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        ids = list(value or [])
        labels = self._services.lookups.labels(EntityKind.CONTACT, ids)
        self.list.clear()
        for record_id in ids:
            self._add(record_id, labels.get(record_id, record_id))

    def _add(self, record_id: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def _on_chosen(self, record_id: str, label: str) -> None:
        if record_id not in self.value():
            self._add(record_id, label)
            self.sig_edited.emit()
        self.line.clear()

    def _on_remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.sig_edited.emit()
