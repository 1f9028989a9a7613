"""The editor of one contact, company or deal: its fields, its timeline and its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import (
    ChangeAction,
    CompanyLifecycle,
    EntityKind,
    LifecycleStage,
    Outcome,
)
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.ui.records.fields import kind_label
from crm_desktop.ui.records.form import RecordForm
from crm_desktop.ui.records.merge_dialog import DuplicatesDialog
from crm_desktop.ui.records.timeline_view import TimelineView
from crm_desktop.ui.text import fill
from crm_desktop.ui.undo.commands import (
    CreateRecordCommand,
    EditRecordCommand,
    TrashRecordsCommand,
    snapshot,
)
from crm_desktop.ui.undo.commands import record_service as service_of

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.undo.manager import UndoManager

Button = QDialogButtonBox.StandardButton
Answer = QMessageBox.StandardButton


class RecordEditor(QDialog):
    sig_saved = Signal(str)  # the record id

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        record_id: str | None = None,
        undo: UndoManager | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.hub, self.undo = services, hub, undo
        self.kind = EntityKind(kind)
        self.service = service_of(services, self.kind)
        self.record: Any = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.setObjectName(f"{self.kind.value}_editor")
        self.resize(640, 640)
        self.header = QLabel(self)
        self.header.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.form = RecordForm(services, self.kind, self)
        self.form.sig_edited.connect(self._on_edited)
        self.form.sig_company_created.connect(self._on_company_created)
        self.timeline = TimelineView(services, self.kind, self)
        self.timeline.sig_changed.connect(hub.sig_changed)
        self.tabs = QTabWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.buttons = QDialogButtonBox(Button.Save | Button.Close, self)
        self.buttons.button(Button.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.action_buttons = self._add_action_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        hub.sig_changed.connect(self._on_changes)
        self.load(record_id)

    def _add_action_buttons(self) -> dict[str, QPushButton]:
        role = QDialogButtonBox.ButtonRole.ActionRole
        buttons = {"trash": self.buttons.addButton(self.tr("Move to trash"), role)}
        buttons["trash"].clicked.connect(self.move_to_trash)
        if self.kind in (EntityKind.CONTACT, EntityKind.COMPANY):
            buttons["duplicates"] = self.buttons.addButton(self.tr("Find duplicates"), role)
            buttons["duplicates"].clicked.connect(self.show_duplicates)
        if self.kind == EntityKind.CONTACT:
            buttons["convert"] = self.buttons.addButton(self.tr("Convert to deal"), role)
            buttons["convert"].clicked.connect(self.convert_to_deal)
        return buttons

    # -- loading -------------------------------------------------------------------------
    @property
    def record_id(self) -> str | None:
        return self.record.id if self.record is not None else None

    def load(self, record_id: str | None) -> None:
        self.record = self.service.get(record_id) if record_id else None
        self.form.load(self.record, self._defaults())
        self.timeline.set_record(self.record_id, self._links())
        for button in self.action_buttons.values():
            button.setEnabled(self.record is not None)
        self._update_title()

    def _defaults(self) -> dict[str, Any]:
        return {
            "lifecycle_stage": LifecycleStage.LEAD,
            "lifecycle": CompanyLifecycle.PROSPECT,
            "outcome": Outcome.OPEN,
            "currency": "USD",
            "owner_id": self.services.current_user_id,
        }

    def _links(self) -> ActivityLinks:
        if self.record is None:
            return ActivityLinks()
        if self.kind == EntityKind.CONTACT:
            return ActivityLinks(contact_id=self.record.id)
        if self.kind == EntityKind.COMPANY:
            return ActivityLinks(company_id=self.record.id)
        return ActivityLinks(deal_id=self.record.id, company_id=self.record.company_id)

    def _update_title(self) -> None:
        if self.record is None:
            name = fill(self.tr("New %1"), kind_label(self.kind).lower())
        else:
            name = getattr(self.record, "display_name", None) or self.record.name
        self.header.setText(name)
        self.setWindowTitle(f"{name} — {kind_label(self.kind)}[*]")

    def _on_edited(self) -> None:
        self.setWindowModified(self.form.is_dirty())

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the edits; on bad input show the errors by the fields and save nothing."""
        errors = self.form.check()
        if errors:
            self.form.show_errors(errors)
            return False
        try:
            saved = self._create() if self.record is None else self._update()
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        if saved is not None:
            self.record = saved.record
            self.form.load(self.record)
            self.timeline.set_record(self.record_id, self._links())
            for button in self.action_buttons.values():
                button.setEnabled(True)
            self._update_title()
            self.setWindowModified(False)
            self.hub.sig_changed.emit(saved.changes)
            self.sig_saved.emit(self.record.id)
        return True

    def _create(self) -> Any:
        values = {k: v for k, v in self.form.values().items() if v not in (None, "", [], {})}
        saved = self.service.create(values)
        if self.undo is not None:
            name = getattr(saved.record, "display_name", None) or saved.record.name
            text = fill(self.tr("Create %1"), name)
            self.undo.push(
                CreateRecordCommand(self.services, self.hub, self.kind, saved.record.id, text=text)
            )
        return saved

    def _on_company_created(self, changes: Changes) -> None:
        """A company made by the picker's "create new": undoable like any other creation."""
        if self.undo is not None:
            for company_id in changes.ids(EntityKind.COMPANY, ChangeAction.CREATE):
                name = self.services.companies.get(company_id).name
                text = fill(self.tr("Create %1"), name)
                command = CreateRecordCommand(
                    self.services, self.hub, EntityKind.COMPANY, company_id, text=text
                )
                self.undo.push(command)
        self.hub.sig_changed.emit(changes)

    def _update(self) -> Any:
        changed = self.form.changed_values()
        if not changed:
            return None
        before = snapshot(self.record, changed)
        saved = self.service.update(self.record.id, changed)
        if self.undo is not None:
            after = snapshot(saved.record, changed)
            text = fill(
                self.tr("Edit %1"),
                saved.record.display_name if self.kind == EntityKind.CONTACT else saved.record.name,
            )
            self.undo.push(
                EditRecordCommand(
                    self.services, self.hub, self.kind, self.record.id, before, after, text=text
                )
            )
        return saved

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Close (Escape, the Close button, the window's X): asks first about unsaved edits."""
        if self.confirm_discard():
            super().reject()

    def confirm_discard(self) -> bool:
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This record has changes that are not saved. Save them?"),
            Answer.Save | Answer.Discard | Answer.Cancel,
            Answer.Save,
        )
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    # -- other actions -------------------------------------------------------------------
    def move_to_trash(self) -> None:
        if self.record is None:
            return
        command = TrashRecordsCommand(self.services, self.hub, self.kind, [self.record.id])
        if self.undo is not None:
            self.undo.push(command)
        else:
            command.redo()
        super().reject()

    def show_duplicates(self) -> DuplicatesDialog | None:
        if self.record is None:
            return None
        dialog = DuplicatesDialog(
            self.services, self.hub, self.undo, self.kind, self.record.id, self
        )
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog

    def convert_to_deal(self) -> str | None:
        if self.record is None or (self.form.is_dirty() and not self.save()):
            return None
        try:
            saved = self.services.leads.convert_to_deal(self.record.id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not converted"), str(exc))
            return None
        self.hub.sig_changed.emit(saved.changes)
        self.hub.sig_open_record.emit(EntityKind.DEAL.value, saved.record.id)
        return str(saved.record.id)

    def _on_changes(self, changes: Changes) -> None:
        if self.record is None:
            return
        mine = self.record.id in changes.ids(self.kind)
        if mine and not self.form.is_dirty():
            try:
                self.load(self.record.id)
            except NotFoundError:
                super().reject()
                return
        if mine or changes.touches(EntityKind.ACTIVITY, EntityKind.TASK):
            self.timeline.refresh()
