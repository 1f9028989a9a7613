"""Set-based bulk writes: one transaction, change log rows, undo as one step, cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select, text

from crm_desktop.domain.enums import ChangeAction, EntityKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.deals import DealService
from crm_desktop.services.listing import ListActions
from crm_desktop.services.listing.bulk import BulkCancelled
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Contact, Pipeline, Stage, StageChange, User
from crm_desktop.storage.types import new_id
from crm_desktop.storage.unit_of_work import UnitOfWork

N = 1200  # more than two chunks of 500


@pytest.fixture
def ids(db: Database) -> list[str]:
    rows = [
        {"id": new_id(), "first_name": f"P{i:04d}", "last_name": "Bulk", "tags": ["a"] * (i % 2)}
        for i in range(N)
    ]
    with UnitOfWork(db) as session:
        session.execute(insert(Contact), rows)
    return [r["id"] for r in rows]


@pytest.fixture
def ann(db: Database) -> str:
    with UnitOfWork(db) as session:
        user = User(name="Ann")
        session.add(user)
        session.flush()
        return user.id


def column(db: Database, sql: str) -> list[object]:
    with db.session(write=False) as session:
        return [r[0] for r in session.execute(text(sql))]


def test_bulk_owner_change_is_logged_and_undone_in_one_step(
    db: Database, ids: list[str], ann: str
) -> None:
    actions = ListActions(db)
    steps: list[tuple[int, int]] = []
    result = actions.bulk_edit(
        "contact", ids, "owner_id", ann, progress=lambda d, t: steps.append((d, t))
    )
    assert result.count == N
    assert result.changes.ids(EntityKind.CONTACT, ChangeAction.UPDATE) == set(ids)
    assert steps[0] == (0, N) and steps[-1] == (N, N)
    assert column(db, "SELECT count(*) FROM contact WHERE owner_id IS NOT NULL") == [N]
    logged = column(
        db,
        "SELECT count(*) FROM change_log WHERE field = 'owner_id' AND new = json_quote("
        f"'{ann}') AND old = 'null' AND action = 'update'",
    )
    assert logged == [N]
    # a second identical edit changes nothing
    assert actions.bulk_edit("contact", ids, "owner_id", ann).count == 0
    undone = actions.restore_values(result)
    assert undone.count == N and set(undone.before.values()) == {ann}
    assert column(db, "SELECT count(*) FROM contact WHERE owner_id IS NOT NULL") == [0]
    actions.restore_values(undone)  # redo
    assert column(db, "SELECT count(*) FROM contact WHERE owner_id IS NOT NULL") == [N]


def test_tags_change_only_where_needed_and_undo_restores_each_list(
    db: Database, ids: list[str]
) -> None:
    actions = ListActions(db)
    result = actions.bulk_edit("contact", ids, "add_tag", "a")
    assert result.count == N // 2  # the other half already had it
    assert column(db, "SELECT DISTINCT tags FROM contact") == ['["a"]']
    actions.restore_values(result)
    assert sorted(column(db, "SELECT tags FROM contact"), key=str).count('["a"]') == N // 2
    assert actions.bulk_edit("contact", ids[:3], "remove_tag", "a").count == 1  # only ids[1]
    with pytest.raises(ValidationError):
        actions.bulk_edit("contact", ids, "add_tag", " ")


def test_trash_and_restore_are_set_based_and_logged(db: Database, ids: list[str]) -> None:
    actions = ListActions(db)
    result = actions.bulk_trash("contact", ids)
    assert result.count == N
    assert column(db, "SELECT count(*) FROM contact WHERE deleted_at IS NULL") == [0]
    assert column(db, "SELECT count(*) FROM change_log WHERE action = 'delete'") == [N]
    back = actions.bulk_trash("contact", list(result.before), trashed=False)
    assert back.changes.ids(EntityKind.CONTACT, ChangeAction.RESTORE) == set(ids)
    assert column(db, "SELECT count(*) FROM contact WHERE deleted_at IS NULL") == [N]
    restored_old = column(db, "SELECT old FROM change_log WHERE action = 'restore' LIMIT 1")
    assert str(restored_old[0]).endswith('+00:00"')


def test_cancel_rolls_back_everything(db: Database, ids: list[str], ann: str) -> None:
    actions = ListActions(db)
    calls = iter(range(100))
    with pytest.raises(BulkCancelled):
        # cancelled after the first chunk was written: the whole transaction rolls back
        actions.bulk_edit("contact", ids, "owner_id", ann, cancelled=lambda: next(calls) >= 1)
    assert column(db, "SELECT count(*) FROM contact WHERE owner_id IS NOT NULL") == [0]
    assert column(db, "SELECT count(*) FROM change_log WHERE field = 'owner_id'") == [0]


def test_deal_stage_bulk_move_records_stage_changes_and_checks_the_pipeline(db: Database) -> None:
    with UnitOfWork(db) as session:
        sales, other = Pipeline(name="Sales", is_default=True), Pipeline(name="Other")
        session.add_all([sales, other])
        session.flush()
        new = Stage(pipeline_id=sales.id, name="New", position=0, probability=10)
        won = Stage(pipeline_id=sales.id, name="Proposal", position=1, probability=50)
        elsewhere = Stage(pipeline_id=other.id, name="X", position=0, probability=10)
        session.add_all([new, won, elsewhere])
        session.flush()
        stage_ids = (new.id, won.id, elsewhere.id)
    deals = DealService(db)
    d1 = deals.create({"name": "One"}).record.id
    d2 = deals.create({"name": "Two"}).record.id
    actions = ListActions(db)
    result = actions.bulk_edit("deal", [d1, d2], "stage_id", stage_ids[1])
    assert result.before == {d1: stage_ids[0], d2: stage_ids[0]}
    assert result.changes.ids(EntityKind.STAGE_CHANGE, ChangeAction.CREATE)
    with db.session(write=False) as session:
        moves = session.scalars(select(StageChange).where(StageChange.to_stage_id == stage_ids[1]))
        assert sorted(m.deal_id for m in moves) == sorted([d1, d2])
    assert deals.get(d1).stage_entered_at is not None
    with pytest.raises(ValidationError):
        actions.bulk_edit("deal", [d1], "stage_id", stage_ids[2])
    actions.restore_values(result)
    assert deals.get(d2).stage_id == stage_ids[0]
