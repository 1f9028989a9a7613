"""Record counts for the status bar and the start pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from crm_desktop.domain.enums import Outcome
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal, Task, User


@dataclass(frozen=True)
class DatabaseSummary:
    contacts: int
    companies: int
    deals: int
    open_deals: int
    activities: int
    open_tasks: int
    users: int

    @property
    def is_empty(self) -> bool:
        return not (self.contacts or self.companies or self.deals or self.activities)


class SummaryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self) -> DatabaseSummary:
        def live(model: type[Contact | Company | Deal | Activity | Task | User]) -> int:
            stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            return int(session.scalar(stmt) or 0)

        with self._db.session(write=False) as session:
            open_deals = session.scalar(
                select(func.count())
                .select_from(Deal)
                .where(Deal.deleted_at.is_(None), Deal.outcome == Outcome.OPEN)
            )
            open_tasks = session.scalar(
                select(func.count())
                .select_from(Task)
                .where(Task.deleted_at.is_(None), Task.done_at.is_(None))
            )
            return DatabaseSummary(
                contacts=live(Contact),
                companies=live(Company),
                deals=live(Deal),
                open_deals=int(open_deals or 0),
                activities=live(Activity),
                open_tasks=int(open_tasks or 0),
                users=live(User),
            )
