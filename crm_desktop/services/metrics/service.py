"""One entry point per dashboard tab; each call is one read session (run it on a worker)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

from crm_desktop.services.metrics import (
    activity,
    cancel,
    conversion,
    forecast,
    hygiene,
    pipegen,
    pipeline_xray,
    union,
)
from crm_desktop.services.metrics.activity import ActivityRow, ActivitySet, activity_rows
from crm_desktop.services.metrics.base import DealSet, Filters, MetricsQuery
from crm_desktop.services.metrics.cancel import Cancelled, interruptible
from crm_desktop.services.metrics.drill import DealRow, deal_rows
from crm_desktop.storage.database import Database

R = TypeVar("R")


class MetricsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _run(self, filters: Filters, compute: Callable[[MetricsQuery], R]) -> R:
        with self._db.session(write=False) as session, interruptible(session):
            return compute(MetricsQuery(session, filters))

    @staticmethod
    def cancellable(cancelled: Cancelled) -> AbstractContextManager[None]:
        """``with metrics.cancellable(ctx.cancelled): metrics.hygiene(...)`` on a worker: the
        queries stop (``MetricsCancelled``) soon after ``cancelled()`` turns true."""
        return cancel.cancellable(cancelled)

    def state_of_the_union(
        self, filters: Filters, previous: Filters | None = None
    ) -> union.UnionData:
        return self._run(filters, lambda q: union.state_of_the_union(q, previous))

    def pipeline_xray(
        self, filters: Filters, stuck_days: int = pipeline_xray.DEFAULT_STUCK_DAYS
    ) -> pipeline_xray.XrayData:
        return self._run(filters, lambda q: pipeline_xray.pipeline_xray(q, stuck_days))

    def forecast(self, filters: Filters) -> forecast.ForecastData:
        return self._run(filters, forecast.forecast)

    def hygiene(self, filters: Filters) -> hygiene.HygieneData:
        return self._run(filters, hygiene.hygiene)

    def activity(self, filters: Filters) -> activity.ActivityData:
        return self._run(filters, activity.activity)

    def pipegen(self, filters: Filters) -> pipegen.PipeGenData:
        return self._run(filters, pipegen.pipegen)

    def conversion(self, filters: Filters) -> conversion.ConversionData:
        return self._run(filters, conversion.conversion)

    def deals(self, filters: Filters, deal_set: DealSet) -> list[DealRow]:
        """Drill-down: the deals of ``deal_set`` (money converted as of ``filters.today``)."""
        return self._run(filters, lambda q: deal_rows(q, deal_set))

    def activities(self, filters: Filters, act: ActivitySet) -> list[ActivityRow]:
        return self._run(filters, lambda q: activity_rows(q, act))

    def owners(self) -> list[tuple[str, str]]:
        """(id, name) of the live users, by name."""
        return self._run(
            Filters(),
            lambda q: [
                (r[0], r[1])
                for r in q.rows("SELECT id, name FROM user WHERE deleted_at IS NULL ORDER BY name")
            ],
        )

    def base_currency(self) -> str:
        return self._run(Filters(), lambda q: q.base)
