"""Team: the reps and managers, who is using this laptop, deactivating and reassigning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.dto import UserDTO
from crm_desktop.ui.settings.common import announce, make_read_only_table, role_labels, show_error
from crm_desktop.ui.settings.identity import IdentityStore, announce_identity, apply_identity
from crm_desktop.ui.settings.startup import ME_KEY, apply_who_am_i

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub

__all__ = ["ME_KEY", "TeamSection", "UserDialog"]


class UserDialog(QDialog):
    """Add or edit one user: name, email, role, colour, initials."""

    def __init__(self, user: UserDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit team member") if user else self.tr("Add team member"))
        self.name = QLineEdit(user.name if user else "")
        self.email = QLineEdit((user.email or "") if user else "")
        self.role = QComboBox()
        for role, label in role_labels().items():
            self.role.addItem(label, role.value)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.color = QLineEdit(user.color if user else "#4f7cff")
        self.initials = QLineEdit((user.initials or "") if user else "")
        self.initials.setMaxLength(4)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Colour"), self.color)
        form.addRow(self.tr("Initials"), self.initials)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "email": self.email.text(),
            "role": self.role.currentData(),
            "color": self.color.text(),
            "initials": self.initials.text(),
        }


class TeamSection(QWidget):
    def __init__(self, hub: SignalHub, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.qsettings = qsettings
        self.services: Services | None = None
        self._users: list[UserDTO] = []
        self.me = QComboBox()
        self.me.setObjectName("who_am_i")
        self.me.activated.connect(self._on_me_chosen)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Email"), self.tr("Role"), self.tr("Status")]
        )
        make_read_only_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Deactivate…"))
        self.active_button.clicked.connect(self.toggle_active)
        self._build()

    def _build(self) -> None:
        me_row = QHBoxLayout()
        me_row.addWidget(QLabel(self.tr("I am (on this computer):")))
        me_row.addWidget(self.me, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(me_row)
        note = QLabel(
            self.tr(
                "New records are yours by default and “my” filters show your records. "
                "This choice is kept on this computer only."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    # -- loading -------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.services = services
        if services is not None:
            apply_who_am_i(services, self.qsettings)
        self.refresh()

    def refresh(self) -> None:
        services = self.services
        self._users = (
            services.users.list(include_inactive=self.show_inactive.isChecked()) if services else []
        )
        roles = role_labels()
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            status = self.tr("Active") if user.active else self.tr("Inactive")
            cells = [user.name, user.email or "", roles.get(user.role, user.role.value), status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                if column == 0:
                    item.setData(Qt.ItemDataRole.DecorationRole, QColor(user.color))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._fill_me()

    def _fill_me(self) -> None:
        self.me.clear()
        self.me.addItem(self.tr("(nobody chosen)"), "")
        current = self.services.current_user_id if self.services else None
        for user in self._users:
            if user.active:
                self.me.addItem(user.name, user.id)
        index = self.me.findData(current or "")
        self.me.setCurrentIndex(max(index, 0))

    # -- actions -------------------------------------------------------------------------
    def selected_user(self) -> UserDTO | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def ask_user_values(self, user: UserDTO | None) -> dict[str, Any] | None:
        dialog = UserDialog(user, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_user(self) -> None:
        services = self.services
        values = self.ask_user_values(None)
        if values is not None and services is not None:
            self._save(lambda: services.users.create(values).changes)

    def edit_selected(self) -> None:
        user, services = self.selected_user(), self.services
        if user is None or services is None:
            return
        values = self.ask_user_values(user)
        if values is not None:
            self._save(lambda: services.users.update(user.id, values).changes)

    def ask_reassign_to(self, user: UserDTO, open_count: int) -> tuple[bool, str | None]:
        """Whether to go on, and who takes over ``user``'s open records (None: nobody)."""
        others = [u for u in self._users if u.active and u.id != user.id]
        nobody = self.tr("Keep them with %1").replace("%1", user.name)
        names = [nobody] + [u.name for u in others]
        text = self.tr("%1 owns %2 open records. Who takes them over?")
        text = text.replace("%1", user.name).replace("%2", str(open_count))
        choice, ok = QInputDialog.getItem(
            self, self.tr("Deactivate team member"), text, names, 0, False
        )
        if not ok:
            return False, None
        index = names.index(choice)
        return True, (others[index - 1].id if index > 0 else None)

    def toggle_active(self) -> None:
        user = self.selected_user()
        services = self.services
        if user is None or services is None:
            return
        if not user.active:
            self._save(lambda: services.team.reactivate(user.id))
            return
        work = services.team.open_work(user.id)
        reassign_to: str | None = None
        if work.total:
            go_on, reassign_to = self.ask_reassign_to(user, work.total)
            if not go_on:
                return
        self._save(lambda: services.team.deactivate(user.id, reassign_to=reassign_to))

    def _on_me_chosen(self, _index: int) -> None:
        user_id = str(self.me.currentData() or "")
        services = self.services
        if services is None:
            self.qsettings.setValue(ME_KEY, user_id)
            return
        store = IdentityStore(self.qsettings)
        everyone = {user.id for user in services.users.list(include_inactive=True)}
        me = next((user for user in self._users if user.id == user_id), None)
        if me is None:
            store.forget(everyone)
            store.skip(services.path)  # "nobody" is an answer: not asked again
        else:
            store.remember(me.id, everyone)
        if apply_identity(services, me):
            announce_identity(self.hub, services)  # lists, board, dashboards apply my default

    def _save(self, write: Any) -> None:
        try:
            changes = write()
        except CrmError as error:
            show_error(self, error)
            return
        announce(self.hub, changes)
        self.refresh()
        if self.services is not None and apply_who_am_i(self.services, self.qsettings):
            announce_identity(self.hub, self.services)  # my role changed: so does my view
