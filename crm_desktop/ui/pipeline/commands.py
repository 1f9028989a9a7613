"""Undo and redo of board moves: each command puts a deal back where it was, or again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crm_desktop.services.board_moves import DealPlacement

# Called with (deal id, placement): saves it; returns False when that failed.
Apply = Callable[[str, DealPlacement], bool]
# Reads where a deal is now (None when it cannot be read).
Read = Callable[[str], DealPlacement | None]


class MoveCommand(QUndoCommand):
    """A move already done when pushed: the first ``redo`` (from ``push``) does nothing."""

    def __init__(
        self, text: str, deal_id: str, before: DealPlacement, apply: Apply, read: Read
    ) -> None:
        super().__init__(text)
        self.deal_id = deal_id
        self.before = before
        # Where the move put the deal: read at the first undo (keeps the drop itself fast).
        self.after: DealPlacement | None = None
        self._apply = apply
        self._read = read
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self.after is None or not self._apply(self.deal_id, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if self.after is None:
            self.after = self._read(self.deal_id)
        if not self._apply(self.deal_id, self.before):
            self.setObsolete(True)
