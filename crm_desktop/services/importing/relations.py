"""Records an import row points to by name: companies, owners, stages, sources, contacts.

Each lookup is cached for the whole import; a missing company, owner, stage, source or
contact is created (once) in the import's transaction and logged with its batch, so undo
removes it too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from crm_desktop.domain.enums import ForecastCategory, Outcome
from crm_desktop.domain.names import initials
from crm_desktop.services.importing.bulk import Writer, select_pairs, table_of
from crm_desktop.storage.models import Company, Contact, CustomField, Pipeline, Source, Stage, User

#: Stage names that close a deal.
OUTCOME_NAMES = {
    "won": Outcome.WON,
    "closed won": Outcome.WON,
    "closedwon": Outcome.WON,
    "deal won": Outcome.WON,
    "赢单": Outcome.WON,
    "成交": Outcome.WON,
    "已成交": Outcome.WON,
    "lost": Outcome.LOST,
    "closed lost": Outcome.LOST,
    "closedlost": Outcome.LOST,
    "deal lost": Outcome.LOST,
    "输单": Outcome.LOST,
    "丢单": Outcome.LOST,
    "已输单": Outcome.LOST,
}


def outcome_of_stage_name(name: str) -> Outcome | None:
    return OUTCOME_NAMES.get(" ".join(name.strip().lower().replace("_", " ").split()))


class Resolver:
    """Finds or creates the records rows refer to; one per import run."""

    def __init__(self, conn: sqlite3.Connection, make_writer: Callable[..., Writer]) -> None:
        self.conn = conn
        self.companies = make_writer(table_of(Company), "company")
        self.users = make_writer(table_of(User), "user")
        self.sources = make_writer(table_of(Source), "source")
        self.pipelines = make_writer(table_of(Pipeline), "pipeline")
        self.stages = make_writer(table_of(Stage), "stage")
        self.contacts = make_writer(table_of(Contact), "contact")
        self.custom_fields = make_writer(table_of(CustomField), "custom_field")
        self._company_ids: dict[str, str] | None = None
        self._user_by_name: dict[str, str] | None = None
        self._user_by_email: dict[str, str] = {}
        self._source_ids: dict[str, str] | None = None
        self._contact_ids: dict[str, str] | None = None
        self._pipeline_ids: dict[str, str] | None = None
        self._stages: dict[str, dict[str, tuple[str, Outcome]]] = {}
        self._deal_ids: dict[str, str] | None = None

    def writers(self) -> list[Writer]:
        return [
            self.users, self.sources, self.companies, self.pipelines, self.stages,
            self.contacts, self.custom_fields,
        ]  # fmt: skip

    def flush(self) -> None:
        for writer in self.writers():
            writer.flush()

    # -- companies, sources ------------------------------------------------------------
    def company(self, name: str) -> str:
        if self._company_ids is None:
            self._company_ids = select_pairs(
                self.conn,
                "SELECT name, id FROM company WHERE deleted_at IS NULL ORDER BY created_at",
            )
        key = name.strip().lower()
        if key not in self._company_ids:
            self._company_ids[key] = self.companies.insert({"name": name.strip()})
        return self._company_ids[key]

    def remember_company(self, name: str, record_id: str) -> None:
        if self._company_ids is not None:
            self._company_ids.setdefault(name.strip().lower(), record_id)

    def source(self, name: str) -> str:
        if self._source_ids is None:
            self._source_ids = select_pairs(
                self.conn, "SELECT name, id FROM source WHERE deleted_at IS NULL"
            )
        key = name.strip().lower()
        if key not in self._source_ids:
            position = len(self._source_ids)
            self._source_ids[key] = self.sources.insert(
                {"name": name.strip(), "position": position}
            )
        return self._source_ids[key]

    # -- owners ------------------------------------------------------------------------
    def owner(self, text: str) -> str:
        """A user by email or name, created when missing."""
        if self._user_by_name is None:
            self._user_by_name = select_pairs(
                self.conn, "SELECT name, id FROM user WHERE deleted_at IS NULL"
            )
            self._user_by_email = select_pairs(
                self.conn, "SELECT email, id FROM user WHERE deleted_at IS NULL"
            )
        value = text.strip()
        key = value.lower()
        if "@" in value:
            if key not in self._user_by_email:
                name = value.split("@", 1)[0]
                self._user_by_email[key] = self._new_user(name, key)
            return self._user_by_email[key]
        if key not in self._user_by_name:
            self._user_by_name[key] = self._new_user(value, None)
        return self._user_by_name[key]

    def _new_user(self, name: str, email: str | None) -> str:
        return self.users.insert({"name": name, "email": email, "initials": initials(name)})

    # -- contacts and deals by key -------------------------------------------------------
    def contact_by_email(self, email: str, *, create: bool) -> str | None:
        if self._contact_ids is None:
            self._contact_ids = select_pairs(
                self.conn, "SELECT email, id FROM contact WHERE deleted_at IS NULL"
            )
        key = email.strip().lower()
        if key not in self._contact_ids:
            if not create:
                return None
            self._contact_ids[key] = self.contacts.insert({"email": key})
        return self._contact_ids[key]

    def deal(self, text: str) -> str | None:
        """A deal by external id or name."""
        if self._deal_ids is None:
            self._deal_ids = select_pairs(
                self.conn, "SELECT name, id FROM deal WHERE deleted_at IS NULL"
            )
            self._deal_ids.update(
                select_pairs(self.conn, "SELECT external_id, id FROM deal WHERE deleted_at IS NULL")
            )
        return self._deal_ids.get(text.strip().lower())

    # -- pipelines and stages ----------------------------------------------------------
    def pipeline(self, name: str | None) -> str:
        """The pipeline of that name (created when missing), else the default one."""
        if self._pipeline_ids is None:
            self._pipeline_ids = select_pairs(
                self.conn, "SELECT name, id FROM pipeline WHERE deleted_at IS NULL"
            )
        if name and name.strip():
            key = name.strip().lower()
            if key not in self._pipeline_ids:
                self._pipeline_ids[key] = self.pipelines.insert(
                    {"name": name.strip(), "position": len(self._pipeline_ids)}
                )
            return self._pipeline_ids[key]
        row = self.conn.execute(
            "SELECT id FROM pipeline WHERE deleted_at IS NULL "
            "ORDER BY is_default DESC, position LIMIT 1"
        ).fetchone()
        if row is not None:
            return str(row[0])
        return self.pipeline("Sales")

    def stage(self, pipeline_id: str, name: str | None) -> tuple[str | None, Outcome]:
        """``(stage id, outcome)``: by name in the pipeline, created in first-seen order."""
        stages = self._stages_of(pipeline_id)
        if not name or not name.strip():
            open_ids = [(sid, o) for sid, o in stages.values() if o == Outcome.OPEN]
            return open_ids[0] if open_ids else (None, Outcome.OPEN)
        key = name.strip().lower()
        if key in stages:
            stage_id, outcome = stages[key]
            if outcome == Outcome.OPEN:
                outcome = outcome_of_stage_name(name) or Outcome.OPEN
            return stage_id, outcome
        outcome = outcome_of_stage_name(name) or Outcome.OPEN
        stage_id = self.stages.insert(self._new_stage(pipeline_id, name.strip(), outcome))
        stages[key] = (stage_id, outcome)
        return stage_id, outcome

    def _new_stage(self, pipeline_id: str, name: str, outcome: Outcome) -> dict[str, Any]:
        category = {
            Outcome.WON: ForecastCategory.CLOSED,
            Outcome.LOST: ForecastCategory.OMITTED,
        }.get(outcome, ForecastCategory.PIPELINE)
        return {
            "pipeline_id": pipeline_id,
            "name": name,
            "position": len(self._stages[pipeline_id]),
            "probability": 100 if outcome == Outcome.WON else 0,
            "forecast_category": category.value,
            "outcome": outcome.value,
        }

    def _stages_of(self, pipeline_id: str) -> dict[str, tuple[str, Outcome]]:
        if pipeline_id not in self._stages:
            rows = self.conn.execute(
                "SELECT name, id, outcome FROM stage WHERE pipeline_id = ? AND deleted_at IS NULL "
                "ORDER BY position",
                (pipeline_id,),
            )
            found: dict[str, tuple[str, Outcome]] = {}
            for name, stage_id, outcome in rows:
                found.setdefault(str(name).strip().lower(), (str(stage_id), Outcome(outcome)))
            self._stages[pipeline_id] = found
        return self._stages[pipeline_id]

    # -- custom properties -------------------------------------------------------------
    def ensure_custom_field(self, entity: str, key: str, label: str) -> None:
        exists = self.conn.execute(
            "SELECT 1 FROM custom_field WHERE entity = ? AND key = ? AND deleted_at IS NULL",
            (entity, key),
        ).fetchone()
        if exists is None:
            self.custom_fields.insert(
                {"entity": entity, "key": key, "label_en": label, "type": "text"}
            )
            self.custom_fields.flush()
