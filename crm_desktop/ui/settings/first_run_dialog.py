"""The first-run "Who are you?" dialog: pick yourself from the team, or add yourself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import Role
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.dto import UserDTO
from crm_desktop.ui.settings.common import role_labels
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

# Colours offered for a new team member (cards and charts use them).
COLOURS = ("#4f7cff", "#16a34a", "#ea580c", "#9333ea", "#db2777", "#0891b2", "#ca8a04", "#64748b")


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class FirstRunDialog(QDialog):
    """``chosen`` is the user picked or added once accepted; ``changes`` what adding wrote."""

    def __init__(
        self, services: Services, users: list[UserDTO], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self.services = services
        self.users = [user for user in users if user.active]
        self.chosen: UserDTO | None = None
        self.changes = Changes()
        self.pick = QRadioButton(self.tr("I am already on the team:"))
        self.pick.setObjectName("first_run_pick")
        self.add = QRadioButton(self.tr("Add me to the team:"))
        self.add.setObjectName("first_run_add")
        self.user_combo = self._user_combo()
        self.name = QLineEdit()
        self.name.setObjectName("first_run_name")
        self.email = QLineEdit()
        self.email.setObjectName("first_run_email")
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.role = self._role_combo()
        self.color = self._colour_combo()
        self.error = QLabel()
        self.error.setObjectName("first_run_error")
        self.error.setStyleSheet("color: #dc2626")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox()
        self._build()

    # -- building ------------------------------------------------------------------------
    def _user_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("first_run_user")
        roles = role_labels()
        for user in self.users:
            text = fill(self.tr("%1 (%2)"), user.name, roles.get(user.role, user.role.value))
            combo.addItem(swatch(user.color), text, user.id)
        return combo

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("first_run_role")
        roles = role_labels()
        for role in (Role.REP, Role.MANAGER):
            combo.addItem(roles[role], role.value)
        # The first person of a new team usually runs it; a newcomer usually sells.
        combo.setCurrentIndex(0 if self.users else 1)
        return combo

    def _colour_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("first_run_colour")
        taken = {user.color.lower() for user in self.users}
        for color in COLOURS:
            combo.addItem(swatch(color), color, color)
        free = [i for i, color in enumerate(COLOURS) if color not in taken]
        combo.setCurrentIndex(free[0] if free else 0)
        return combo

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        group = QButtonGroup(self)
        form = QFormLayout()
        form.setContentsMargins(22 if self.users else 0, 0, 0, 0)  # under "Add me"
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Colour"), self.color)
        if self.users:
            group.addButton(self.pick)
            group.addButton(self.add)
            layout.addWidget(self.pick)
            layout.addWidget(self.user_combo)
            layout.addWidget(self.add)
            self.pick.setChecked(True)
        else:
            self.add.setChecked(True)
            layout.addWidget(QLabel(self.tr("You are the first person on this team:")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        note = QLabel(
            self.tr(
                "This is kept on this computer only. You can change it any time in Settings › Team."
            )
        )
        note.setObjectName("first_run_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("first_run_continue")
        self.continue_button.setDefault(True)
        self.skip_button = self.buttons.addButton(
            self.tr("Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setObjectName("first_run_skip")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pick.toggled.connect(self._sync)
        self._sync()
        self.setMinimumWidth(460)

    def _intro(self) -> QLabel:
        intro = QLabel(
            self.tr(
                "<b>Welcome!</b> Who is using crm-desktop on this computer? New records will "
                "be yours. A rep’s lists, board and dashboards start with their own records; "
                "a manager’s with the whole team."
            )
        )
        intro.setObjectName("first_run_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        return intro

    def _sync(self) -> None:
        picking = self.pick.isChecked()
        self.user_combo.setEnabled(picking)
        for widget in (self.name, self.email, self.role, self.color):
            widget.setEnabled(not picking)
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- answering -----------------------------------------------------------------------
    def accept(self) -> None:
        if self.pick.isChecked():
            chosen = self.user_combo.currentData()
            self.chosen = next((u for u in self.users if u.id == chosen), None)
        elif not self._add_me():
            return
        if self.chosen is not None:
            super().accept()

    def _add_me(self) -> bool:
        if not self.name.text().strip():
            self._show_error(self.tr("Please enter your name."))
            self.name.setFocus()
            return False
        values = {
            "name": self.name.text().strip(),
            "email": self.email.text().strip() or None,
            "role": self.role.currentData(),
            "color": self.color.currentData(),
        }
        try:
            saved = self.services.users.create(values)
        except ValidationError as error:
            field = next(iter(error.errors), "")
            self._show_error(
                self.tr("This email address does not look right.")
                if field == "email"
                else fill(self.tr("You could not be added: %1"), error)
            )
            return False
        except CrmError as error:
            self._show_error(fill(self.tr("You could not be added: %1"), error))
            return False
        self.chosen, self.changes = saved.record, saved.changes
        return True
