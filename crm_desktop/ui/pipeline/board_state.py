"""What the board shows right now: columns of cards, updated in place after a move.

A drop updates the two columns concerned (cards and totals) at once, without reloading the
board; the order of cards is the order of the lists here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crm_desktop.services.board import (
    Board,
    BoardCard,
    BoardColumn,
    moved_card,
    with_cards,
)


@dataclass(frozen=True)
class CardSlot:
    column: int
    index: int
    card: BoardCard


class BoardState:
    def __init__(self, board: Board) -> None:
        self.board = board
        self.columns: list[BoardColumn] = list(board.columns)
        self._where: dict[str, tuple[int, int]] = {}
        self._index_all()

    # -- looking up ----------------------------------------------------------------------
    def slot(self, card_id: str) -> CardSlot | None:
        where = self._where.get(card_id)
        if where is None:
            return None
        column, index = where
        return CardSlot(column, index, self.columns[column].cards[index])

    def column_index(self, stage_id: str | None) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.stage_id == stage_id), None)

    def stage_columns(self) -> list[int]:
        """Indexes of the columns that are real stages (a card can be dropped there)."""
        return [i for i, c in enumerate(self.columns) if c.stage_id is not None]

    def neighbours(self, column: int, index: int, moving_id: str) -> tuple[str | None, str | None]:
        """The ids of the cards just above and below ``index`` once ``moving_id`` left."""
        others = [c.id for c in self.columns[column].cards if c.id != moving_id]
        after = others[index - 1] if 0 < index <= len(others) else None
        before = others[index] if index < len(others) else None
        return after, before

    def card_count(self) -> int:
        return sum(c.count for c in self.columns)

    # -- changing ------------------------------------------------------------------------
    def move(self, card_id: str, column: int, index: int, now: datetime | None = None) -> set[int]:
        """Put the card at ``index`` of ``column``; returns the columns that changed."""
        slot = self.slot(card_id)
        if slot is None:
            return set()
        card = slot.card
        target = self.columns[column]
        if slot.column != column:
            card = moved_card(card, target.stage_id, now or datetime.now(UTC))
        self._replace(slot.column, [c for c in self.columns[slot.column].cards if c.id != card_id])
        cards = list(self.columns[column].cards)
        cards.insert(max(0, min(index, len(cards))), card)
        self._replace(column, cards)
        return {slot.column, column}

    def remove(self, card_id: str) -> set[int]:
        slot = self.slot(card_id)
        if slot is None:
            return set()
        self._replace(slot.column, [c for c in self.columns[slot.column].cards if c.id != card_id])
        self._where.pop(card_id, None)
        return {slot.column}

    def _replace(self, column: int, cards: list[BoardCard]) -> None:
        self.columns[column] = with_cards(self.columns[column], cards)
        for index, card in enumerate(cards):
            self._where[card.id] = (column, index)

    def _index_all(self) -> None:
        for column, col in enumerate(self.columns):
            for index, card in enumerate(col.cards):
                self._where[card.id] = (column, index)
