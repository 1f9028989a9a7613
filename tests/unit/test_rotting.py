"""The rotting rule with a fixed clock: idle for more than the stage's days AND nothing planned."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.domain.rotting import days_between, idle_since, is_overdue, is_rotting

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def test_idle_longer_than_rotting_days_with_nothing_planned_rots() -> None:
    assert is_rotting(
        now=NOW, rotting_days=7, last_activity_at=days_ago(8), stage_entered_at=days_ago(20)
    )


def test_exactly_the_rotting_days_is_not_more_so_not_rotting() -> None:
    assert not is_rotting(
        now=NOW, rotting_days=7, last_activity_at=days_ago(7), stage_entered_at=days_ago(20)
    )
    assert is_rotting(
        now=NOW,
        rotting_days=7,
        last_activity_at=days_ago(7) - timedelta(seconds=1),
        stage_entered_at=days_ago(20),
    )


def test_a_scheduled_task_or_activity_keeps_an_idle_deal_fresh() -> None:
    # Pipedrive would flag this one: quiet for 30 days, but a call is booked.
    assert not is_rotting(
        now=NOW,
        rotting_days=7,
        last_activity_at=days_ago(30),
        stage_entered_at=days_ago(40),
        has_scheduled_work=True,
    )


def test_recent_stage_entry_counts_as_life() -> None:
    assert not is_rotting(
        now=NOW, rotting_days=7, last_activity_at=days_ago(30), stage_entered_at=days_ago(2)
    )


def test_without_any_activity_idle_counts_from_stage_entry_else_creation() -> None:
    assert is_rotting(now=NOW, rotting_days=3, last_activity_at=None, stage_entered_at=days_ago(4))
    assert is_rotting(
        now=NOW,
        rotting_days=3,
        last_activity_at=None,
        stage_entered_at=None,
        created_at=days_ago(5),
    )
    assert not is_rotting(now=NOW, rotting_days=3, last_activity_at=None, stage_entered_at=None)
    assert idle_since(days_ago(2), days_ago(9)) == days_ago(2)


def test_stage_without_rotting_days_never_rots() -> None:
    assert not is_rotting(
        now=NOW, rotting_days=None, last_activity_at=days_ago(400), stage_entered_at=days_ago(400)
    )
    assert is_rotting(
        now=NOW, rotting_days=0, last_activity_at=days_ago(0.5), stage_entered_at=days_ago(9)
    )


def test_overdue_and_days_between() -> None:
    assert is_overdue(date(2026, 3, 9), NOW.date())
    assert not is_overdue(date(2026, 3, 10), NOW.date())
    assert not is_overdue(None, NOW.date())
    assert days_between(days_ago(3.5), NOW) == 3
    assert days_between(None, NOW) == 0
    assert days_between(NOW + timedelta(days=1), NOW) == 0
