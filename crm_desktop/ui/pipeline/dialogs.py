"""Small dialogs of the board: why a deal was lost, and a quick new deal in a stage."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class LostReasonDialog(QDialog):
    """A reason from the list and/or free text; OK only once there is one of them."""

    def __init__(self, deal_name: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lost_reason_dialog")
        self.setWindowTitle(self.tr("Mark as lost"))
        self.reason = QComboBox()
        self.reason.setObjectName("lost_reason_list")
        self.reason.addItem(self.tr("(choose a reason)"), "")
        for reason in reasons:
            self.reason.addItem(reason, reason)
        self.note = QPlainTextEdit()
        self.note.setObjectName("lost_reason_note")
        self.note.setPlaceholderText(self.tr("What happened? (optional when a reason is chosen)"))
        self.note.setFixedHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Why was “{name}” lost?").format(name=deal_name)))
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Details:"), self.note)
        form.addRow(self.buttons)
        self.reason.currentIndexChanged.connect(self._update_ok)
        self.note.textChanged.connect(self._update_ok)
        self._update_ok()

    def chosen_reason(self) -> str:
        return str(self.reason.currentData() or "")

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_reason() or self.note_text()))


class NewDealDialog(QDialog):
    """Name and amount of a new deal in a given stage."""

    def __init__(self, stage_name: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_deal_dialog")
        self.setWindowTitle(self.tr("New deal in {stage}").format(stage=stage_name))
        self.name = QLineEdit()
        self.name.setObjectName("new_deal_name")
        self.amount = QLineEdit()
        self.amount.setObjectName("new_deal_amount")
        self.amount.setPlaceholderText(currency)
        self.error = QLabel()
        self.error.setObjectName("new_deal_error")
        self.error.setStyleSheet("color: #b91c1c")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Amount:"), self.amount)
        form.addRow(self.error)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {"name": self.name.text().strip()}
        amount = self._amount()
        if amount is not None:
            values["amount"] = amount
        return values

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _amount(self) -> Decimal | None:
        text = self.amount.text().strip().replace(",", "")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            return Decimal(-1)
        return value

    def _check_and_accept(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("A deal needs a name."))
        elif (amount := self._amount()) is not None and (not amount.is_finite() or amount < 0):
            self.show_error(self.tr("The amount must be a positive number."))
        else:
            self.accept()
