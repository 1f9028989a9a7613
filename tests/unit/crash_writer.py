"""The writer the crash test kills: imports, bulk edits and stage moves, forever.

``python crash_writer.py DB SEED`` opens the database (set up by ``setup``), prints ``ready``
and then, one user action after another, prints a line for every action *after* it was saved:
``import K`` (20 contacts named imp-K), ``edit J K`` (every contact of import J titled
edit-K, one transaction), ``move DEAL STAGE``. The test SIGKILLs it at a random moment and
checks that every printed action is in the database and that no action is half there.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crm_desktop.services.board_moves import BoardMoves  # noqa: E402
from crm_desktop.services.importing.fields import ImportKind, suggest_mapping  # noqa: E402
from crm_desktop.services.importing.options import ImportOptions  # noqa: E402
from crm_desktop.services.importing.runner import ImportService  # noqa: E402
from crm_desktop.storage.database import Database, open_database  # noqa: E402
from crm_desktop.storage.models import Contact, Pipeline, Stage  # noqa: E402
from crm_desktop.storage.unit_of_work import UnitOfWork  # noqa: E402


class Services:
    """The few services the writer uses (the container would import every service: slow)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.imports = ImportService(db)
        self.board_moves = BoardMoves(db)

    @classmethod
    def open(cls, path: Path) -> Services:
        return cls(open_database(path))

    def close(self) -> None:
        self.db.close()


BATCH = 20
STAGES = 4
DEALS = 5


def setup(path: Path) -> None:
    """A database with one pipeline of four open stages and five deals."""
    services = Services.open(path)
    try:
        with UnitOfWork(services.db) as session:
            pipeline = Pipeline(name="Sales", position=0, is_default=True)
            session.add(pipeline)
            session.flush()
            for i in range(STAGES):
                session.add(
                    Stage(
                        pipeline_id=pipeline.id,
                        name=f"S{i}",
                        position=i,
                        probability=10 * (i + 1),
                        forecast_category="pipeline",
                        outcome="open",
                    )
                )
        from crm_desktop.services.deals import DealService

        deals = DealService(services.db)
        for i in range(DEALS):
            deals.create({"name": f"deal-{i}"})
    finally:
        services.close()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def do_import(services: Services, folder: Path, k: int) -> None:
    csv = folder / f"import-{k}.csv"
    rows = [f"Person{i},imp-{k},imp-{k}-{i}@example.com" for i in range(BATCH)]
    csv.write_text("first_name,last_name,email\n" + "\n".join(rows) + "\n")
    table = services.imports.open(csv)
    mapping = suggest_mapping(ImportKind.CONTACTS, table.headers)
    services.imports.run(table, ImportOptions(ImportKind.CONTACTS, mapping))
    say(f"import {k}")


def do_edit(services: Services, j: int, k: int) -> None:
    with UnitOfWork(services.db) as session:
        contacts = session.scalars(select(Contact).where(Contact.last_name == f"imp-{j}"))
        for contact in contacts:
            contact.title = f"edit-{k}"
    say(f"edit {j} {k}")


def do_move(services: Services, rng: random.Random, deals: list[str], stages: list[str]) -> None:
    deal, stage = rng.choice(deals), rng.choice(stages)
    services.board_moves.move_to_stage(deal, stage)
    say(f"move {deal} {stage}")


def main(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    services = Services.open(path)
    with services.db.engine.connect() as conn:
        stages = [r[0] for r in conn.exec_driver_sql("SELECT id FROM stage ORDER BY position")]
        deals = [r[0] for r in conn.exec_driver_sql("SELECT id FROM deal ORDER BY name")]
        done = conn.exec_driver_sql(
            "SELECT count(DISTINCT last_name) FROM contact WHERE last_name LIKE 'imp-%'"
        ).scalar()
    k = (done or 0) + 1000 * seed  # unique batch numbers across runs
    imported: list[int] = []
    say("ready")
    while True:
        action = rng.random()
        if action < 0.4 or not imported:
            do_import(services, path.parent, k)
            imported.append(k)
        elif action < 0.7:
            do_edit(services, rng.choice(imported), k)
        else:
            do_move(services, rng, deals, stages)
        k += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
