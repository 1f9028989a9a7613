"""The services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.board import BoardService
from crm_desktop.services.board_moves import BoardMoves
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.duplicates import DuplicateService
from crm_desktop.services.exporting import ExportService
from crm_desktop.services.importing.mapping import MappingTemplates
from crm_desktop.services.importing.process import ProcessImportService
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.services.leads import LeadService
from crm_desktop.services.listing import ListActions, ListService
from crm_desktop.services.lookups import LookupService
from crm_desktop.services.metrics.service import MetricsService
from crm_desktop.services.metrics.targets import TargetService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.reports.service import ReportService
from crm_desktop.services.search import SearchService
from crm_desktop.services.settings import (
    CurrencyService,
    PropertyService,
    StageService,
    TeamService,
)
from crm_desktop.services.summary import SummaryService
from crm_desktop.services.tasks import TaskService
from crm_desktop.services.tasks_basic import FollowUpService
from crm_desktop.services.timeline import TimelineService
from crm_desktop.services.trash import TrashService
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
    #: The owner the lists, the board and the dashboards filter on first: me when I am a rep,
    #: None (everyone) for a manager. A view preference set with "who am I", not security
    #: (see ``services/identity.py``).
    default_owner_filter: str | None = None
    summary: SummaryService = field(init=False)
    users: UserService = field(init=False)
    companies: CompanyService = field(init=False)
    contacts: ContactService = field(init=False)
    deals: DealService = field(init=False)
    pipelines: PipelineService = field(init=False)
    board: BoardService = field(init=False)
    board_moves: BoardMoves = field(init=False)
    activities: ActivityService = field(init=False)
    timeline: TimelineService = field(init=False)
    duplicates: DuplicateService = field(init=False)
    leads: LeadService = field(init=False)
    lookups: LookupService = field(init=False)
    metrics: MetricsService = field(init=False)
    targets: TargetService = field(init=False)
    reports: ReportService = field(init=False)
    follow_ups: FollowUpService = field(init=False)
    tasks: TaskService = field(init=False)
    search: SearchService = field(init=False)
    lists: ListService = field(init=False)
    list_actions: ListActions = field(init=False)
    trash: TrashService = field(init=False)
    imports: ImportService = field(init=False)
    #: the same import run in a child process (large files from the GUI)
    process_imports: ProcessImportService = field(init=False)
    exports: ExportService = field(init=False)
    import_templates: MappingTemplates = field(init=False)
    team: TeamService = field(init=False)
    stage_settings: StageService = field(init=False)
    properties: PropertyService = field(init=False)
    currencies: CurrencyService = field(init=False)

    def __post_init__(self) -> None:
        actor = self._actor
        self.summary = SummaryService(self.db)
        self.users = UserService(self.db, actor)
        self.companies = CompanyService(self.db, actor)
        self.contacts = ContactService(self.db, actor)
        self.search = SearchService(self.db)
        self.lists = ListService(self.db)
        self.list_actions = ListActions(self.db, actor)
        self.trash = TrashService(self.db, actor)
        self.imports = ImportService(self.db, actor)
        self.process_imports = ProcessImportService(self.db, actor)
        self.exports = ExportService(self.db)
        self.import_templates = MappingTemplates(self.db, actor)
        self.team = TeamService(self.db, actor)
        self.stage_settings = StageService(self.db, actor)
        self.properties = PropertyService(self.db, actor)
        self.currencies = CurrencyService(self.db, actor)
        self.deals = DealService(self.db, actor)
        self.pipelines = PipelineService(self.db)
        self.board = BoardService(self.db)
        self.board_moves = BoardMoves(self.db, actor)
        self.activities = ActivityService(self.db, actor)
        self.timeline = TimelineService(self.db)
        self.duplicates = DuplicateService(self.db, actor)
        self.leads = LeadService(self.db, actor)
        self.lookups = LookupService(self.db)
        self.metrics = MetricsService(self.db)
        self.targets = TargetService(self.db, actor)
        self.reports = ReportService(self.db, actor)
        self.follow_ups = FollowUpService(self.db, actor)
        self.tasks = TaskService(self.db, actor)

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
