"""The board service: columns, totals in the base currency, cards, filters and moves."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import ChangeAction, EntityKind, Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.board import BoardFilter, BoardService
from crm_desktop.services.board_moves import BoardMoves, MoveError, position_between
from crm_desktop.storage import engine as engine_module
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Currency,
    CurrencyRate,
    Deal,
    LostReason,
    Pipeline,
    Setting,
    Stage,
    StageChange,
    Task,
    User,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@dataclass
class BoardData:
    pipeline: str
    qualified: str
    proposal: str
    negotiation: str
    ada: str
    bob: str
    deals: dict[str, str]


def build_board_data(db: Database) -> BoardData:
    """A small pipeline whose totals are computed by hand in the tests.

    Qualified (20 %, rots after 7 days): Alpha 1,000 USD (no own probability) -> 200 weighted;
        Beta 500 EUR at 1.10 = 550 USD with its own 40 % -> 220 weighted.
    Proposal (50 %, rots after 14 days): Gamma 2,000 USD -> 1,000; Delta without an amount.
    Negotiation (80 %): empty. Unassigned (stage deleted): Echo 300 USD -> 0 weighted.
    Not on the board: Foxtrot (won), Golf (trashed), Hotel (other pipeline).
    """
    days = timedelta(days=1)
    with UnitOfWork(db) as s:
        ada = User(name="Ada Lovelace", initials="AL", color="#aa3355")
        bob = User(name="Bob Li", initials="BL", color="#3355aa")
        pipeline = Pipeline(name="Sales", is_default=True)
        other = Pipeline(name="Partners", position=1)
        s.add_all([ada, bob, pipeline, other])
        s.flush()
        stages = [
            Stage(pipeline_id=pipeline.id, name=n, position=i, probability=p, rotting_days=r)
            for i, (n, p, r) in enumerate(
                [("Qualified", 20, 7), ("Proposal", 50, 14), ("Negotiation", 80, None)]
            )
        ]
        won_stage = Stage(pipeline_id=pipeline.id, name="Won", position=9, outcome=Outcome.WON)
        gone = Stage(pipeline_id=pipeline.id, name="Gone", position=5, probability=90)
        other_stage = Stage(pipeline_id=other.id, name="Intro", probability=10)
        s.add_all([*stages, won_stage, gone, other_stage])
        s.add(Currency(code="EUR", name="Euro"))
        s.add(Setting(key="base_currency", value="USD"))
        s.add_all(
            [
                CurrencyRate(code="EUR", rate=1.05, effective_from=date(2025, 6, 1)),
                CurrencyRate(code="EUR", rate=1.10, effective_from=date(2026, 1, 1)),
                CurrencyRate(code="EUR", rate=1.20, effective_from=date(2026, 4, 1)),
            ]
        )
        acme = Company(name="Acme Robotics")
        s.add(acme)
        s.add_all([LostReason(name="Price", position=0), LostReason(name="Timing", position=1)])
        s.flush()
        q, p, _n = (st.id for st in stages)

        def deal(name: str, stage: str | None, amount: str | None, **kw: object) -> Deal:
            values: dict[str, object] = dict(
                name=name,
                pipeline_id=pipeline.id,
                stage_id=stage,
                amount=Decimal(amount) if amount else None,
                owner_id=ada.id,
                stage_entered_at=NOW - 10 * days,
            )
            values.update(kw)
            return Deal(**values)

        deals = {
            "Alpha": deal(
                "Alpha", q, "1000", position=1024.0, expected_close_date=date(2026, 3, 1)
            ),
            "Beta": deal(
                "Beta",
                q,
                "500",
                currency="EUR",
                probability=40,
                position=2048.0,
                owner_id=bob.id,
                company_id=acme.id,
                expected_close_date=date(2026, 4, 15),
            ),
            "Gamma": deal("Gamma", p, "2000", stage_entered_at=NOW - 30 * days, position=1.0),
            "Delta": deal("Delta", p, None, position=2.0),
            "Echo": deal("Echo", gone.id, "300"),
            "Foxtrot": deal("Foxtrot", q, "700", outcome=Outcome.WON),
            "Golf": deal("Golf", q, "900", deleted_at=NOW - days),
            "Hotel": deal("Hotel", None, "800", pipeline_id=other.id),
        }
        s.add_all(deals.values())
        s.flush()
        s.add(Task(title="Send contract", deal_id=deals["Beta"].id, due_at=NOW + 2 * days))
        s.add(Task(title="Old, done", deal_id=deals["Alpha"].id, due_at=NOW + days, done_at=NOW))
        s.add(
            Activity(
                type="call",
                subject="Intro call",
                deal_id=deals["Gamma"].id,
                occurred_at=NOW - 3 * days,
            )
        )
        s.add(
            Activity(
                type="meeting",
                subject="Demo",
                deal_id=deals["Delta"].id,
                occurred_at=NOW + 5 * days,
            )
        )
        gone.deleted_at = NOW - days
        ids = {name: d.id for name, d in deals.items()}
        return BoardData(pipeline.id, q, p, _n, ada.id, bob.id, ids)


@pytest.fixture
def data(db: Database) -> BoardData:
    return build_board_data(db)


@pytest.fixture
def board(db: Database) -> BoardService:
    return BoardService(db, clock)


@pytest.fixture
def moves(db: Database, data: BoardData) -> BoardMoves:
    return BoardMoves(db, lambda: data.ada, clock)


def totals(service: BoardService, **filters: object) -> dict[str, tuple[int, str, str]]:
    loaded = service.load(BoardFilter(**filters))  # type: ignore[arg-type]
    return {c.name or "-": (c.count, str(c.total), str(c.weighted)) for c in loaded.columns}


def test_columns_follow_stage_order_with_hand_computed_totals(
    board: BoardService, data: BoardData
) -> None:
    assert totals(board) == {
        "Qualified": (2, "1550.00", "420.00"),
        "Proposal": (2, "2000.00", "1000.00"),
        "Negotiation": (0, "0.00", "0.00"),
        "-": (1, "300.00", "0.00"),  # unassigned: the stage was deleted
    }
    loaded = board.load(BoardFilter())
    assert loaded.base_currency == "USD" and loaded.pipeline is not None
    assert loaded.columns[-1].stage_id is None
    assert [c.name for c in loaded.columns[0].cards] == ["Alpha", "Beta"]


def test_cards_carry_owner_company_next_item_rotting_and_overdue(
    board: BoardService, data: BoardData
) -> None:
    cards = {c.name: c for col in board.load(BoardFilter()).columns for c in col.cards}
    alpha, beta, gamma, delta = (cards[n] for n in ("Alpha", "Beta", "Gamma", "Delta"))
    assert (alpha.owner_initials, alpha.owner_color, alpha.days_in_stage) == ("AL", "#aa3355", 10)
    assert alpha.rotting and alpha.overdue and alpha.next_item is None  # the done task is no plan
    assert beta.company_name == "Acme Robotics" and beta.base_amount == Decimal("550.00")
    assert not beta.rotting and not beta.overdue
    assert beta.next_item is not None and beta.next_item.title == "Send contract"
    assert not gamma.rotting  # called 3 days ago, rots after 14
    assert delta.next_item is not None and delta.next_item.kind == "activity"
    assert not delta.rotting and delta.amount is None


def test_filters_owner_search_close_dates_and_amounts(board: BoardService, data: BoardData) -> None:
    assert totals(board, owner_id=data.bob)["Qualified"] == (1, "550.00", "220.00")
    assert totals(board, search="acme")["Qualified"] == (1, "550.00", "220.00")
    assert totals(board, search="gam")["Proposal"] == (1, "2000.00", "1000.00")
    in_march = totals(board, close_from=date(2026, 3, 1), close_to=date(2026, 3, 31))
    assert in_march["Qualified"] == (1, "1000.00", "200.00")
    assert in_march["Proposal"][0] == 0
    by_amount = totals(board, amount_min=Decimal(500), amount_max=Decimal(1000))
    assert by_amount["Qualified"] == (2, "1550.00", "420.00")
    assert by_amount["Proposal"][0] == 0 and "-" not in by_amount


def test_move_to_another_stage_records_stage_change_and_totals(
    board: BoardService, moves: BoardMoves, data: BoardData, db: Database
) -> None:
    alpha = data.deals["Alpha"]
    changes = moves.move_to_stage(alpha, data.proposal)
    assert changes.ids(EntityKind.DEAL, ChangeAction.UPDATE) == {alpha}
    with db.session(write=False) as s:
        deal = s.get(Deal, alpha)
        assert deal is not None and deal.stage_id == data.proposal
        assert deal.stage_entered_at == NOW
        [row] = s.scalars(select(StageChange).where(StageChange.deal_id == alpha))
        assert (row.from_stage_id, row.to_stage_id, row.at, row.by_id) == (
            data.qualified,
            data.proposal,
            NOW,
            data.ada,
        )
    after = totals(board)
    assert after["Qualified"] == (1, "550.00", "220.00")
    assert after["Proposal"] == (3, "3000.00", "1500.00")  # Alpha now weighs 50 %
    assert [c.name for c in board.load(BoardFilter()).columns[1].cards][-1] == "Alpha"


def test_undo_restores_the_placement_exactly(
    board: BoardService, moves: BoardMoves, data: BoardData, db: Database
) -> None:
    alpha = data.deals["Alpha"]
    before = moves.placement(alpha)
    moves.move_to_stage(alpha, data.negotiation)
    moves.restore(alpha, before)
    assert moves.placement(alpha) == before
    assert totals(board)["Qualified"] == (2, "1550.00", "420.00")
    with db.session(write=False) as s:
        rows = s.scalars(
            select(StageChange).where(StageChange.deal_id == alpha).order_by(StageChange.at)
        ).all()
        assert {(r.from_stage_id, r.to_stage_id) for r in rows} == {
            (data.qualified, data.negotiation),
            (data.negotiation, data.qualified),
        }


def test_reorder_within_a_column_writes_no_stage_change(
    board: BoardService, moves: BoardMoves, data: BoardData, db: Database
) -> None:
    alpha, beta = data.deals["Alpha"], data.deals["Beta"]
    moves.move_to_stage(beta, data.qualified, before_id=alpha)
    assert [c.name for c in board.load(BoardFilter()).columns[0].cards] == ["Beta", "Alpha"]
    with db.session(write=False) as s:
        assert not s.scalars(select(StageChange).where(StageChange.deal_id == beta)).all()
    # Dropping where it already sits, or on its own column without a place, does nothing.
    assert not moves.move_to_stage(beta, data.qualified, before_id=alpha)
    assert not moves.move_to_stage(beta, data.qualified)


def test_reorder_between_tied_neighbours_renumbers_the_column(
    board: BoardService, moves: BoardMoves, data: BoardData, db: Database
) -> None:
    with UnitOfWork(db) as s:
        for name in ("Gamma", "Delta"):
            deal = s.get(Deal, data.deals[name])
            assert deal is not None
            deal.position = 5.0
    moves.move_to_stage(
        data.deals["Alpha"],
        data.proposal,
        after_id=data.deals["Gamma"],
        before_id=data.deals["Delta"],
    )
    names = [c.name for c in board.load(BoardFilter()).columns[1].cards]
    assert names == ["Gamma", "Alpha", "Delta"]


def test_won_and_lost_close_the_deal_with_reason(
    board: BoardService, moves: BoardMoves, data: BoardData, db: Database
) -> None:
    moves.mark_won(data.deals["Alpha"])
    moves.mark_lost(data.deals["Gamma"], "Price", "went with a cheaper vendor")
    with pytest.raises(ValidationError):
        moves.mark_lost(data.deals["Delta"], " ", "")
    with db.session(write=False) as s:
        alpha, gamma = s.get(Deal, data.deals["Alpha"]), s.get(Deal, data.deals["Gamma"])
        assert alpha is not None and gamma is not None
        assert (alpha.outcome, alpha.closed_at) == (Outcome.WON, NOW)
        assert (gamma.outcome, gamma.lost_reason) == (
            Outcome.LOST,
            "Price: went with a cheaper vendor",
        )
        outcomes = s.execute(
            select(StageChange.deal_id, StageChange.from_outcome, StageChange.to_outcome)
        ).all()
        assert set(outcomes) == {
            (data.deals["Alpha"], Outcome.OPEN, Outcome.WON),
            (data.deals["Gamma"], Outcome.OPEN, Outcome.LOST),
        }
    assert board.lost_reasons() == ["Price", "Timing"]
    assert totals(board)["Qualified"] == (1, "550.00", "220.00")
    with pytest.raises(MoveError, match="already marked won"):
        moves.move_to_stage(data.deals["Alpha"], data.proposal)


def test_moving_a_deleted_deal_fails_clearly(moves: BoardMoves, data: BoardData) -> None:
    with pytest.raises(MoveError, match="deleted"):
        moves.move_to_stage(data.deals["Golf"], data.proposal)
    with pytest.raises(MoveError, match="deleted"):
        moves.move_to_stage("no-such-deal", data.proposal)


def test_locked_database_fails_clearly_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "locked.sqlite3"
    db = open_database(path)
    try:
        data = build_board_data(db)
        moves = BoardMoves(db, lambda: None, clock)
        other = sqlite3.connect(path)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(MoveError, match="locked"):
                moves.move_to_stage(data.deals["Alpha"], data.proposal)
        finally:
            other.rollback()
            other.close()
        assert moves.placement(data.deals["Alpha"]).stage_id == data.qualified
    finally:
        db.close()


def test_position_between() -> None:
    assert position_between(None, None) == 1024.0
    assert position_between(1.0, 3.0) == 2.0
    assert position_between(None, 10.0) == 10.0 - 1024.0
    assert position_between(10.0, None) == 10.0 + 1024.0
    assert position_between(5.0, 5.0) is None


def test_no_pipeline_gives_an_empty_board(board: BoardService) -> None:
    loaded = board.load(BoardFilter())
    assert loaded.pipeline is None and loaded.columns == ()
