"""Choices the list filters and bulk edits offer, read from the services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.dto import PipelineDTO


def owner_choices(services: Services) -> list[tuple[str, str]]:
    return [(u.id, u.name) for u in services.users.list()]


def source_choices(services: Services) -> list[tuple[str, str]]:
    return [(c.id, c.label) for c in services.lookups.sources()]


def stage_choices(pipelines: Sequence[PipelineDTO]) -> list[tuple[str, str]]:
    """Stages as "Pipeline › Stage" when there are several pipelines."""
    several = len(pipelines) > 1
    return [
        (s.id, f"{p.name} › {s.name}" if several else s.name) for p in pipelines for s in p.stages
    ]
