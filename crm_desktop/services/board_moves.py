"""Moving deals on the board: to another stage, within a column, to won or lost, and back.

Each method is one unit of work and returns the ``Changes`` it made. A move that cannot be
saved (the deal was deleted or closed meanwhile, the stage is gone, the database is locked)
raises ``MoveError`` with a message for the user and leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import Outcome
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.rotting import Clock, system_clock
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Deal, Stage, StageChange
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Gap between renumbered neighbours; a drop between two cards takes the midpoint.
POSITION_STEP = 1024.0
MIN_GAP = 1e-6


class MoveError(CrmError):
    """A board move that was not saved; ``code`` says why (the UI words it for the user).

    Codes: ``deleted`` (the deal is gone), ``closed`` (already won or lost), ``stage_gone``,
    ``other_pipeline``, ``locked`` (the database is busy or locked).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class DealPlacement:
    """Where a deal sits on the board: what an undo puts back."""

    stage_id: str | None
    position: float
    outcome: Outcome
    stage_entered_at: datetime | None
    closed_at: datetime | None
    lost_reason: str | None


def position_between(before: float | None, after: float | None) -> float | None:
    """A position strictly between two neighbours, or None when they leave no room."""
    if before is None and after is None:
        return POSITION_STEP
    if before is None:
        assert after is not None
        return after - POSITION_STEP
    if after is None:
        return before + POSITION_STEP
    if after - before <= MIN_GAP:
        return None
    return (before + after) / 2


class BoardMoves:
    def __init__(
        self,
        db: Database,
        actor: Callable[[], str | None] = lambda: None,
        clock: Clock = system_clock,
    ) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock

    # -- reading -------------------------------------------------------------------------
    def placement(self, deal_id: str) -> DealPlacement:
        with self._db.session(write=False) as session:
            return _placement(_live_deal(session, deal_id))

    # -- moves ---------------------------------------------------------------------------
    def move_to_stage(
        self,
        deal_id: str,
        stage_id: str,
        *,
        after_id: str | None = None,
        before_id: str | None = None,
    ) -> Changes:
        """Put the deal in ``stage_id`` between the cards ``after_id`` and ``before_id``.

        Neither neighbour: the end of the column. Same stage: only the order changes (no
        stage_change row); same stage and same place: nothing is written.
        """
        with self._write() as (uow, session):
            deal = _open_deal(session, deal_id)
            stage = session.get(Stage, stage_id)
            if stage is None or stage.deleted_at is not None:
                raise MoveError("stage_gone", "The stage no longer exists.")
            if stage.pipeline_id != deal.pipeline_id:
                raise MoveError("other_pipeline", "The stage belongs to another pipeline.")
            position = _position_in(session, stage_id, deal.id, after_id, before_id)
            if deal.stage_id == stage_id and position is None:
                return uow.changes
            if position is not None:
                deal.position = position
            if deal.stage_id != stage_id:
                self._record(session, deal, stage_id=stage_id, outcome=Outcome.OPEN)
        return uow.changes

    def mark_won(self, deal_id: str) -> Changes:
        with self._write() as (uow, session):
            deal = _open_deal(session, deal_id)
            self._record(session, deal, stage_id=deal.stage_id, outcome=Outcome.WON)
        return uow.changes

    def mark_lost(self, deal_id: str, reason: str, note: str = "") -> Changes:
        """Lost, with a reason from the ``lost_reason`` list and/or free text."""
        text = ": ".join(p for p in (reason.strip(), note.strip()) if p)
        if not text:
            raise ValidationError({"lost_reason": "say why the deal was lost"})
        with self._write() as (uow, session):
            deal = _open_deal(session, deal_id)
            self._record(session, deal, stage_id=deal.stage_id, outcome=Outcome.LOST)
            deal.lost_reason = text[:2000]
        return uow.changes

    def restore(self, deal_id: str, placement: DealPlacement) -> Changes:
        """Put the deal back exactly as ``placement`` says (undo and redo of a move)."""
        with self._write() as (uow, session):
            deal = _live_deal(session, deal_id)
            if (deal.stage_id, deal.outcome) != (placement.stage_id, placement.outcome):
                self._record(session, deal, stage_id=placement.stage_id, outcome=placement.outcome)
            deal.position = placement.position
            deal.stage_entered_at = placement.stage_entered_at
            deal.closed_at = placement.closed_at
            deal.lost_reason = placement.lost_reason
        return uow.changes

    # -- helpers -------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[tuple[UnitOfWork, Session]]:
        uow = UnitOfWork(self._db, actor_id=self._actor())
        try:
            with uow as session:
                yield uow, session
        except OperationalError as exc:
            raise MoveError(
                "locked",
                "The database is busy or locked by another program; the move was not saved.",
            ) from exc

    def _record(
        self, session: Session, deal: Deal, *, stage_id: str | None, outcome: Outcome
    ) -> None:
        now = self._clock()
        session.add(
            StageChange(
                deal_id=deal.id,
                from_stage_id=deal.stage_id,
                to_stage_id=stage_id,
                from_outcome=deal.outcome,
                to_outcome=outcome,
                at=now,
                by_id=self._actor(),
            )
        )
        if stage_id != deal.stage_id:
            deal.stage_entered_at = now
        if outcome != deal.outcome:
            deal.closed_at = None if outcome == Outcome.OPEN else now
            if outcome != Outcome.LOST:
                deal.lost_reason = None
        deal.stage_id, deal.outcome = stage_id, outcome


def _live_deal(session: Session, deal_id: str) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise MoveError("deleted", "The deal was deleted meanwhile.")
    return deal


def _open_deal(session: Session, deal_id: str) -> Deal:
    deal = _live_deal(session, deal_id)
    if deal.outcome != Outcome.OPEN:
        raise MoveError("closed", f"The deal was already marked {deal.outcome.value} meanwhile.")
    return deal


def _placement(deal: Deal) -> DealPlacement:
    return DealPlacement(
        deal.stage_id,
        deal.position,
        deal.outcome,
        deal.stage_entered_at,
        deal.closed_at,
        deal.lost_reason,
    )


def _column_order(session: Session, stage_id: str, exclude_id: str) -> list[Deal]:
    stmt = (
        select(Deal)
        .where(
            Deal.stage_id == stage_id,
            Deal.outcome == Outcome.OPEN,
            Deal.deleted_at.is_(None),
            Deal.id != exclude_id,
        )
        .order_by(Deal.position, Deal.created_at, Deal.id)
    )
    return list(session.scalars(stmt))


def _position_in(
    session: Session, stage_id: str, deal_id: str, after_id: str | None, before_id: str | None
) -> float | None:
    """The deal's new position in the column; None when it already sits there."""
    deal = session.get(Deal, deal_id)
    assert deal is not None
    after = session.get(Deal, after_id) if after_id else None
    before = session.get(Deal, before_id) if before_id else None
    if deal.stage_id == stage_id and not after and not before:
        return None  # dropped on its own column without a place: nothing to do
    if after is None and before is None:
        column = _column_order(session, stage_id, deal_id)
        return (column[-1].position + POSITION_STEP) if column else POSITION_STEP
    if deal.stage_id == stage_id and _sits_between(session, stage_id, deal, after, before):
        return None
    position = position_between(
        after.position if after else None, before.position if before else None
    )
    if position is None:
        _renumber(session, stage_id, deal_id)
        position = position_between(
            after.position if after else None, before.position if before else None
        )
    return position


def _sits_between(
    session: Session, stage_id: str, deal: Deal, after: Deal | None, before: Deal | None
) -> bool:
    column = [d.id for d in _column_order(session, stage_id, "")]
    index = column.index(deal.id)
    prev_id = column[index - 1] if index > 0 else None
    next_id = column[index + 1] if index + 1 < len(column) else None
    return prev_id == (after.id if after else None) and next_id == (before.id if before else None)


def _renumber(session: Session, stage_id: str, deal_id: str) -> None:
    """Spread a column's positions out again (ties or gaps too small to split)."""
    for index, deal in enumerate(_column_order(session, stage_id, deal_id), start=1):
        deal.position = index * POSITION_STEP
    session.flush()
