"""The services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.summary import SummaryService
from crm_desktop.services.users import UserService
from crm_desktop.storage import paths
from crm_desktop.storage.database import Database, open_database


def default_database_path() -> Path:
    """The database used when none is named: crm.sqlite3 in the user's data folder."""
    return paths.default_database_path()


@dataclass
class Services:
    db: Database
    #: The rep using this laptop ("who am I"): recorded as the author of every change.
    current_user_id: str | None = None
    summary: SummaryService = field(init=False)
    users: UserService = field(init=False)
    companies: CompanyService = field(init=False)
    contacts: ContactService = field(init=False)
    deals: DealService = field(init=False)
    pipelines: PipelineService = field(init=False)

    def __post_init__(self) -> None:
        actor = self._actor
        self.summary = SummaryService(self.db)
        self.users = UserService(self.db, actor)
        self.companies = CompanyService(self.db, actor)
        self.contacts = ContactService(self.db, actor)
        self.deals = DealService(self.db, actor)
        self.pipelines = PipelineService(self.db)

    def _actor(self) -> str | None:
        return self.current_user_id

    @classmethod
    def open(cls, path: Path | str) -> Services:
        """Open the database at ``path``; raises ``DatabaseOpenError`` with a user message."""
        return cls(open_database(path))

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()
