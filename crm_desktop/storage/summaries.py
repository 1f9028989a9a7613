"""Dashboard summaries kept current by SQLite triggers (migration 0004).

* ``deal_close_day``: won/lost deals per close day x outcome x pipeline x owner x currency
  (count, amount in hundredths, sum of sales-cycle days) - the closed figures of a period.
* ``deal_open_sum``: open deals per pipeline x stage x owner x currency (count, amount, and
  the parts of the weighted amount: amounts weighted by the stage's probability, which is
  joined when read, and amount x own probability) - the open pipeline figures.
* ``activity_day``: live activities per day x owner x type - the activity counts.
* Per-deal columns: ``latest_activity_at`` (latest ``occurred_at`` of its live activities, past
  or future), ``activity_count`` (its live calls, emails, meetings, messages),
  ``open_task_due`` (latest due time of its open tasks, ``NO_DUE`` for a task without one;
  NULL: no open task) and ``reached_position`` (highest position of an open stage it entered,
  from ``stage_change``).

Insert triggers only add (they need no index but the summary's own key, so bulk loads with
dropped indexes stay correct); update and delete triggers subtract the old row and add the new
one, or recompute the deal's columns from its covering indexes. ``backfill`` recomputes all of
it from the base tables. Owners are stored as '' when NULL (key columns are NOT NULL).
"""

from __future__ import annotations

from sqlalchemy import Connection

#: ``open_task_due`` of an open task without a due time (later than any real time).
NO_DUE = "9999-12-31 23:59:59.999999"
#: Activity types counted by ``activity_count`` (the Activity tab's types).
COUNTED_TYPES = "('call', 'email', 'meeting', 'message')"
SUMMARY_TABLES = ("deal_close_day", "deal_open_sum", "activity_day")

CLOSED = "{r}.deleted_at IS NULL AND {r}.outcome IN ('won', 'lost') AND {r}.closed_at IS NOT NULL"
CLOSE_KEY = (
    "substr({r}.closed_at, 1, 10), {r}.outcome, {r}.pipeline_id, COALESCE({r}.owner_id, ''), "
    "{r}.currency"
)
CLOSE_MATCH = (
    "day = substr({r}.closed_at, 1, 10) AND outcome = {r}.outcome "
    "AND pipeline_id = {r}.pipeline_id AND owner_id = COALESCE({r}.owner_id, '') "
    "AND currency = {r}.currency"
)
OPEN = "{r}.deleted_at IS NULL AND {r}.outcome = 'open'"
OPEN_KEY = "{r}.pipeline_id, COALESCE({r}.stage_id, ''), COALESCE({r}.owner_id, ''), {r}.currency"
OPEN_MATCH = (
    "pipeline_id = {r}.pipeline_id AND stage_id = COALESCE({r}.stage_id, '') "
    "AND owner_id = COALESCE({r}.owner_id, '') AND currency = {r}.currency"
)
#: (amount, amount when the stage's probability applies, amount x own probability)
OPEN_VALUES = (
    "COALESCE({r}.amount, 0), CASE WHEN {r}.probability IS NULL THEN COALESCE({r}.amount, 0) "
    "ELSE 0 END, COALESCE({r}.amount * {r}.probability, 0)"
)
CYCLE = "(julianday({r}.closed_at) - julianday({r}.created_at))"
ACT_KEY = "substr({r}.occurred_at, 1, 10), COALESCE({r}.owner_id, ''), {r}.type"
ACT_MATCH = (
    "day = substr({r}.occurred_at, 1, 10) AND owner_id = COALESCE({r}.owner_id, '') "
    "AND type = {r}.type"
)
LATEST_ACTIVITY = (
    "(SELECT MAX(a.occurred_at) FROM activity a WHERE a.deal_id = deal.id AND a.deleted_at IS NULL)"
)
ACTIVITY_COUNT = (
    "(SELECT COUNT(*) FROM activity a WHERE a.deal_id = deal.id AND a.deleted_at IS NULL "
    f"AND a.type IN {COUNTED_TYPES})"
)
OPEN_TASK_DUE = (
    f"(SELECT MAX(COALESCE(t.due_at, '{NO_DUE}')) FROM task t WHERE t.deal_id = deal.id "
    "AND t.deleted_at IS NULL AND t.done_at IS NULL)"
)
REACHED = (
    "(SELECT MAX(ts.position) FROM stage_change sc JOIN stage ts ON ts.id = sc.to_stage_id "
    "WHERE sc.deal_id = deal.id AND ts.outcome = 'open')"
)


def _f(template: str, row: str) -> str:
    return template.replace("{r}", row)


def _close_add(row: str) -> str:
    return (
        "INSERT INTO deal_close_day (day, outcome, pipeline_id, owner_id, currency, n, amount, "
        f"cycle_days) SELECT {_f(CLOSE_KEY, row)}, 1, COALESCE({row}.amount, 0), "
        f"{_f(CYCLE, row)} WHERE 1 ON CONFLICT DO UPDATE SET n = n + 1, "
        "amount = amount + excluded.amount, cycle_days = cycle_days + excluded.cycle_days"
    )


def _close_sub(row: str) -> str:
    match = _f(CLOSE_MATCH, row)
    return (
        f"UPDATE deal_close_day SET n = n - 1, amount = amount - COALESCE({row}.amount, 0), "
        f"cycle_days = cycle_days - {_f(CYCLE, row)} WHERE {match};\n"
        f"DELETE FROM deal_close_day WHERE {match} AND n <= 0"
    )


def _open_add(row: str) -> str:
    return (
        "INSERT INTO deal_open_sum (pipeline_id, stage_id, owner_id, currency, n, amount, "
        f"amount_stage_p, weighted_own) SELECT {_f(OPEN_KEY, row)}, 1, {_f(OPEN_VALUES, row)} "
        "WHERE 1 ON CONFLICT DO UPDATE SET n = n + 1, amount = amount + excluded.amount, "
        "amount_stage_p = amount_stage_p + excluded.amount_stage_p, "
        "weighted_own = weighted_own + excluded.weighted_own"
    )


def _open_sub(row: str) -> str:
    match = _f(OPEN_MATCH, row)
    amount, stage_p, own = (
        "COALESCE({r}.amount, 0)",
        "CASE WHEN {r}.probability IS NULL THEN COALESCE({r}.amount, 0) ELSE 0 END",
        "COALESCE({r}.amount * {r}.probability, 0)",
    )
    return (
        f"UPDATE deal_open_sum SET n = n - 1, amount = amount - {_f(amount, row)}, "
        f"amount_stage_p = amount_stage_p - ({_f(stage_p, row)}), "
        f"weighted_own = weighted_own - {_f(own, row)} WHERE {match};\n"
        f"DELETE FROM deal_open_sum WHERE {match} AND n <= 0"
    )


def _act_add(row: str) -> str:
    return (
        f"INSERT INTO activity_day (day, owner_id, type, n) SELECT {_f(ACT_KEY, row)}, 1 "
        "WHERE 1 ON CONFLICT DO UPDATE SET n = n + 1"
    )


def _act_sub(row: str) -> str:
    match = _f(ACT_MATCH, row)
    return (
        f"UPDATE activity_day SET n = n - 1 WHERE {match};\n"
        f"DELETE FROM activity_day WHERE {match} AND n <= 0"
    )


def _recompute_deal(ids: str, columns: dict[str, str]) -> str:
    sets = ", ".join(f"{name} = {expr}" for name, expr in columns.items())
    return f"UPDATE deal SET {sets} WHERE id IN ({ids})"


ACTIVITY_COLUMNS = {"latest_activity_at": LATEST_ACTIVITY, "activity_count": ACTIVITY_COUNT}
CLOSE_WATCHED = (
    "outcome, closed_at, deleted_at, owner_id, pipeline_id, currency, amount, created_at"
)
OPEN_WATCHED = "outcome, deleted_at, owner_id, pipeline_id, stage_id, currency, amount, probability"
ACT_WATCHED = "deleted_at, occurred_at, owner_id, type, deal_id"
TASK_WATCHED = "deleted_at, done_at, due_at, deal_id"

#: name -> (timing and event, WHEN condition or '', body)
TRIGGERS: dict[str, tuple[str, str, str]] = {
    "deal_sum_ai": ("AFTER INSERT ON deal", _f(CLOSED, "NEW"), _close_add("NEW")),
    "deal_sum_ad": ("AFTER DELETE ON deal", _f(CLOSED, "OLD"), _close_sub("OLD")),
    "deal_sum_au_old": (
        f"AFTER UPDATE OF {CLOSE_WATCHED} ON deal",
        _f(CLOSED, "OLD"),
        _close_sub("OLD"),
    ),
    "deal_sum_au_new": (
        f"AFTER UPDATE OF {CLOSE_WATCHED} ON deal",
        _f(CLOSED, "NEW"),
        _close_add("NEW"),
    ),
    "deal_open_ai": ("AFTER INSERT ON deal", _f(OPEN, "NEW"), _open_add("NEW")),
    "deal_open_ad": ("AFTER DELETE ON deal", _f(OPEN, "OLD"), _open_sub("OLD")),
    "deal_open_au_old": (
        f"AFTER UPDATE OF {OPEN_WATCHED} ON deal",
        _f(OPEN, "OLD"),
        _open_sub("OLD"),
    ),
    "deal_open_au_new": (
        f"AFTER UPDATE OF {OPEN_WATCHED} ON deal",
        _f(OPEN, "NEW"),
        _open_add("NEW"),
    ),
    # A deal row is inserted before any of its activities, tasks or stage changes (foreign
    # keys): a row restored with stale kept columns (an undo from a snapshot) starts clean.
    "deal_kept_ai": (
        "AFTER INSERT ON deal",
        "NEW.latest_activity_at IS NOT NULL OR NEW.activity_count IS NOT 0 "
        "OR NEW.open_task_due IS NOT NULL OR NEW.reached_position IS NOT NULL",
        "UPDATE deal SET latest_activity_at = NULL, activity_count = 0, open_task_due = NULL, "
        "reached_position = NULL WHERE rowid = NEW.rowid",
    ),
    "activity_sum_ai": (
        "AFTER INSERT ON activity",
        "NEW.deleted_at IS NULL",
        _act_add("NEW") + ";\n"
        "UPDATE deal SET latest_activity_at = CASE WHEN latest_activity_at IS NULL "
        "OR latest_activity_at < NEW.occurred_at THEN NEW.occurred_at "
        "ELSE latest_activity_at END, "
        f"activity_count = activity_count + (NEW.type IN {COUNTED_TYPES}) "
        "WHERE id = NEW.deal_id",
    ),
    "activity_sum_ad": (
        "AFTER DELETE ON activity",
        "OLD.deleted_at IS NULL",
        _act_sub("OLD") + ";\n" + _recompute_deal("OLD.deal_id", ACTIVITY_COLUMNS),
    ),
    "activity_sum_au_old": (
        f"AFTER UPDATE OF {ACT_WATCHED} ON activity",
        "OLD.deleted_at IS NULL",
        _act_sub("OLD"),
    ),
    "activity_sum_au_new": (
        f"AFTER UPDATE OF {ACT_WATCHED} ON activity",
        "NEW.deleted_at IS NULL",
        _act_add("NEW"),
    ),
    "activity_sum_au_deal": (
        f"AFTER UPDATE OF {ACT_WATCHED} ON activity",
        "OLD.deal_id IS NOT NULL OR NEW.deal_id IS NOT NULL",
        _recompute_deal("OLD.deal_id, NEW.deal_id", ACTIVITY_COLUMNS),
    ),
    "task_sum_ai": (
        "AFTER INSERT ON task",
        "NEW.deal_id IS NOT NULL AND NEW.deleted_at IS NULL AND NEW.done_at IS NULL",
        f"UPDATE deal SET open_task_due = COALESCE(NEW.due_at, '{NO_DUE}') "
        "WHERE id = NEW.deal_id AND (open_task_due IS NULL "
        f"OR open_task_due < COALESCE(NEW.due_at, '{NO_DUE}'))",
    ),
    "task_sum_ad": (
        "AFTER DELETE ON task",
        "OLD.deal_id IS NOT NULL",
        _recompute_deal("OLD.deal_id", {"open_task_due": OPEN_TASK_DUE}),
    ),
    "task_sum_au": (
        f"AFTER UPDATE OF {TASK_WATCHED} ON task",
        "OLD.deal_id IS NOT NULL OR NEW.deal_id IS NOT NULL",
        _recompute_deal("OLD.deal_id, NEW.deal_id", {"open_task_due": OPEN_TASK_DUE}),
    ),
    "stage_change_sum_ai": (
        "AFTER INSERT ON stage_change",
        "",
        "UPDATE deal SET reached_position = (SELECT ts.position FROM stage ts "
        "WHERE ts.id = NEW.to_stage_id) WHERE id = NEW.deal_id AND (SELECT ts.position "
        "FROM stage ts WHERE ts.id = NEW.to_stage_id AND ts.outcome = 'open') "
        "> COALESCE(reached_position, -9223372036854775807)",
    ),
    "stage_change_sum_ad": (
        "AFTER DELETE ON stage_change",
        "",
        _recompute_deal("OLD.deal_id", {"reached_position": REACHED}),
    ),
    "stage_change_sum_au": (
        "AFTER UPDATE OF deal_id, to_stage_id ON stage_change",
        "",
        _recompute_deal("OLD.deal_id, NEW.deal_id", {"reached_position": REACHED}),
    ),
    "stage_sum_au": (
        "AFTER UPDATE OF position, outcome ON stage",
        "OLD.position IS NOT NEW.position OR OLD.outcome IS NOT NEW.outcome",
        _recompute_deal(
            "SELECT sc.deal_id FROM stage_change sc WHERE sc.to_stage_id = NEW.id",
            {"reached_position": REACHED},
        ),
    ),
}


def trigger_names() -> list[str]:
    return list(TRIGGERS)


#: The triggers of migration 0005 (``deal_open_sum``'s and ``deal_kept_ai``); the others came
#: with 0004.
OPEN_SUM_TRIGGERS = (
    "deal_open_ai",
    "deal_open_ad",
    "deal_open_au_old",
    "deal_open_au_new",
    "deal_kept_ai",
)


def trigger_statements(names: tuple[str, ...] | None = None) -> list[str]:
    """CREATE TRIGGER of ``names`` (default: all)."""
    statements = []
    for name, (event, when, body) in TRIGGERS.items():
        if names is not None and name not in names:
            continue
        condition = f" WHEN {when}" if when else ""
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} {event}{condition} BEGIN {body}; END"
        )
    return statements


def drop_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS]


def backfill_statements() -> list[str]:
    """Recompute every summary row and per-deal column from the base tables."""
    return [
        "DELETE FROM deal_close_day",
        "INSERT INTO deal_close_day (day, outcome, pipeline_id, owner_id, currency, n, amount, "
        f"cycle_days) SELECT {_f(CLOSE_KEY, 'd')}, COUNT(*), COALESCE(SUM(d.amount), 0), "
        f"SUM({_f(CYCLE, 'd')}) FROM deal d WHERE {_f(CLOSED, 'd')} GROUP BY 1, 2, 3, 4, 5",
        *open_sum_backfill_statements(),
        "DELETE FROM activity_day",
        f"INSERT INTO activity_day (day, owner_id, type, n) SELECT {_f(ACT_KEY, 'a')}, COUNT(*) "
        "FROM activity a WHERE a.deleted_at IS NULL GROUP BY 1, 2, 3",
        "UPDATE deal SET latest_activity_at = NULL, activity_count = 0, open_task_due = NULL, "
        "reached_position = NULL",
        "UPDATE deal SET latest_activity_at = g.latest, activity_count = g.n FROM ("
        f"SELECT a.deal_id, MAX(a.occurred_at) AS latest, SUM(a.type IN {COUNTED_TYPES}) AS n "
        "FROM activity a WHERE a.deal_id IS NOT NULL AND a.deleted_at IS NULL GROUP BY 1) g "
        "WHERE g.deal_id = deal.id",
        "UPDATE deal SET open_task_due = g.due FROM ("
        f"SELECT t.deal_id, MAX(COALESCE(t.due_at, '{NO_DUE}')) AS due FROM task t "
        "WHERE t.deal_id IS NOT NULL AND t.deleted_at IS NULL AND t.done_at IS NULL "
        "GROUP BY 1) g WHERE g.deal_id = deal.id",
        "UPDATE deal SET reached_position = g.reached FROM ("
        "SELECT sc.deal_id, MAX(ts.position) AS reached FROM stage_change sc "
        "JOIN stage ts ON ts.id = sc.to_stage_id WHERE ts.outcome = 'open' GROUP BY 1) g "
        "WHERE g.deal_id = deal.id",
    ]


def open_sum_backfill_statements() -> list[str]:
    return [
        "DELETE FROM deal_open_sum",
        "INSERT INTO deal_open_sum (pipeline_id, stage_id, owner_id, currency, n, amount, "
        f"amount_stage_p, weighted_own) SELECT {_f(OPEN_KEY, 'd')}, COUNT(*), "
        "COALESCE(SUM(d.amount), 0), COALESCE(SUM(CASE WHEN d.probability IS NULL "
        "THEN d.amount END), 0), COALESCE(SUM(d.amount * d.probability), 0) "
        f"FROM deal d WHERE {_f(OPEN, 'd')} GROUP BY 1, 2, 3, 4",
    ]


def backfill(conn: Connection) -> None:
    """Recompute the summaries (after a bulk load that ran without the triggers)."""
    for statement in backfill_statements():
        conn.exec_driver_sql(statement)
