"""The record a task is linked to: a kind (contact, company, deal) and a find-as-you-type line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.lookups import Choice
from crm_desktop.ui.records.pickers import LookupLine

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.tasks import TaskDTO

LINK_KINDS = (EntityKind.CONTACT, EntityKind.COMPANY, EntityKind.DEAL)


@dataclass(frozen=True)
class RecordLink:
    """One record a task can be linked to."""

    kind: EntityKind
    id: str

    def ids(self) -> dict[str, str | None]:
        """The task's three link columns for this link (the two others empty)."""
        return {f"{k.value}_id": self.id if k is self.kind else None for k in LINK_KINDS}


def link_of(task: TaskDTO) -> RecordLink | None:
    """The task's main link: its deal, else its contact, else its company."""
    for kind, record_id in (
        (EntityKind.DEAL, task.deal_id),
        (EntityKind.CONTACT, task.contact_id),
        (EntityKind.COMPANY, task.company_id),
    ):
        if record_id:
            return RecordLink(kind, record_id)
    return None


class LinkLookups:
    """Finding and naming records for the picker, through the services."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def find(self, kind: EntityKind, text: str) -> list[Choice]:
        lookups = self._services.lookups
        if kind is EntityKind.CONTACT:
            return lookups.contacts(text)
        if kind is EntityKind.COMPANY:
            return lookups.companies(text)
        hits = self._services.search.search(text, "deal", 20)
        return [Choice(h.id, f"{h.title} · {h.detail}" if h.detail else h.title) for h in hits]

    def label(self, link: RecordLink) -> str:
        return self._services.lookups.labels(link.kind, [link.id]).get(link.id, "")


def kind_names() -> dict[EntityKind | None, str]:
    return {
        None: QCoreApplication.translate("LinkPicker", "No link"),
        EntityKind.CONTACT: QCoreApplication.translate("LinkPicker", "Contact"),
        EntityKind.COMPANY: QCoreApplication.translate("LinkPicker", "Company"),
        EntityKind.DEAL: QCoreApplication.translate("LinkPicker", "Deal"),
    }


class LinkPicker(QWidget):
    """Pick the linked record: choose its kind, type to find it, pick it from the list."""

    sig_edited = Signal()

    def __init__(self, lookups: LinkLookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_link_picker")
        self._lookups = lookups
        self._link: RecordLink | None = None
        self._label = ""
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("task_link_kind")
        for kind, text in kind_names().items():
            self.kind_combo.addItem(text, kind)
        self.line = LookupLine(self._find, self)
        self.line.setObjectName("task_link_line")
        self.line.sig_chosen.connect(self._on_chosen)
        self.line.returnPressed.connect(lambda: self.line.choose_text(self.line.text()))
        self.line.textEdited.connect(lambda _text: self.sig_edited.emit())
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("task_link_clear")
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Remove the link"))
        self.clear_button.clicked.connect(lambda: self.set_link(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.clear_button)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._sync()

    def kind(self) -> EntityKind | None:
        data = self.kind_combo.currentData()  # Qt hands the enum back as its string
        return EntityKind(data) if data else None

    def _find(self, text: str) -> list[Choice]:
        kind = self.kind()
        return [] if kind is None else self._lookups.find(kind, text)

    def set_link(self, link: RecordLink | None) -> None:
        self._link = link
        self._label = self._lookups.label(link) if link else ""
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(link.kind if link else None))
        self.kind_combo.blockSignals(False)
        self.line.setText(self._label)
        self._sync()
        self.sig_edited.emit()

    def link(self) -> RecordLink | None:
        return self._link

    def resolved(self) -> bool:
        """False while the line holds text that names no picked record."""
        return self.kind() is None or self.line.text().strip() in ("", self._label)

    def _on_chosen(self, record_id: str, label: str) -> None:
        kind = self.kind()
        if kind is not None:
            self._link, self._label = RecordLink(kind, record_id), label
            self.line.setText(label)
            self.sig_edited.emit()

    def _on_kind_changed(self) -> None:
        self._link, self._label = None, ""
        self.line.clear()
        self._sync()
        self.sig_edited.emit()

    def _sync(self) -> None:
        kind = self.kind()
        self.line.setEnabled(kind is not None)
        self.clear_button.setEnabled(kind is not None)
        placeholders = {
            EntityKind.CONTACT: self.tr("Type to find a contact"),
            EntityKind.COMPANY: self.tr("Type to find a company"),
            EntityKind.DEAL: self.tr("Type to find a deal"),
        }
        self.line.setPlaceholderText(placeholders.get(kind, "") if kind else "")
