"""The report's words, translatable without Qt.

Each text is marked ``QT_TRANSLATE_NOOP("Reports", ...)`` so ``pyside6-lupdate`` puts it in
``resources/i18n/reports_zh_CN.ts``. The UI translates with ``QCoreApplication.translate``;
headless (the CLI) ``catalog_translator`` reads the same catalog. Placeholders are ``{name}``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

CONTEXT = "Reports"
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


TITLE_TEAM = QT_TRANSLATE_NOOP("Reports", "Team performance report")
TITLE_REP = QT_TRANSLATE_NOOP("Reports", "Performance report: {name}")
KIND_DAILY = QT_TRANSLATE_NOOP("Reports", "Daily report")
KIND_WEEKLY = QT_TRANSLATE_NOOP("Reports", "Weekly report")
KIND_MONTHLY = QT_TRANSLATE_NOOP("Reports", "Monthly report")
KIND_CUSTOM = QT_TRANSLATE_NOOP("Reports", "Custom period report")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period: {start} to {end}")
COMPARED = QT_TRANSLATE_NOOP("Reports", "Compared with {start} to {end}")
GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated {when}. Amounts in {currency}.")
SUMMARY = QT_TRANSLATE_NOOP("Reports", "Summary")
FIGURE = QT_TRANSLATE_NOOP("Reports", "Figure")
THIS_PERIOD = QT_TRANSLATE_NOOP("Reports", "This period")
PREVIOUS_PERIOD = QT_TRANSLATE_NOOP("Reports", "Previous period")
CHANGE = QT_TRANSLATE_NOOP("Reports", "Change")
POINTS = QT_TRANSLATE_NOOP("Reports", "{delta} pts")
WON_DEALS = QT_TRANSLATE_NOOP("Reports", "Won deals")
WON_VALUE = QT_TRANSLATE_NOOP("Reports", "Won value")
LOST_DEALS = QT_TRANSLATE_NOOP("Reports", "Lost deals")
WIN_RATE = QT_TRANSLATE_NOOP("Reports", "Win rate")
NEW_DEALS = QT_TRANSLATE_NOOP("Reports", "New deals")
PIPELINE_CREATED = QT_TRANSLATE_NOOP("Reports", "Pipeline created")
ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "Activities")
CALLS = QT_TRANSLATE_NOOP("Reports", "Calls")
EMAILS = QT_TRANSLATE_NOOP("Reports", "Emails")
MEETINGS = QT_TRANSLATE_NOOP("Reports", "Meetings")
MESSAGES = QT_TRANSLATE_NOOP("Reports", "Messages")
TASKS_DONE = QT_TRANSLATE_NOOP("Reports", "Tasks completed")
OPEN_PIPELINE = QT_TRANSLATE_NOOP("Reports", "Open pipeline now: {value} in {count} deals")
QUOTA = QT_TRANSLATE_NOOP("Reports", "Quota attainment")
QUOTA_DAYS = QT_TRANSLATE_NOOP("Reports", "Quota attainment, {start} to {end}")
QUOTA_LINE = QT_TRANSLATE_NOOP("Reports", "Won {won} of a {target} target: {attainment}")
NO_QUOTA = QT_TRANSLATE_NOOP("Reports", "No revenue target starts in these days.")
LEADERBOARD = QT_TRANSLATE_NOOP("Reports", "Leaderboard")
RANK = QT_TRANSLATE_NOOP("Reports", "Rank")
REP = QT_TRANSLATE_NOOP("Reports", "Rep")
TEAM_TOTAL = QT_TRANSLATE_NOOP("Reports", "Team total")
QUOTA_SHORT = QT_TRANSLATE_NOOP("Reports", "Quota")
TOP_DEALS = QT_TRANSLATE_NOOP("Reports", "Top won deals")
DEAL = QT_TRANSLATE_NOOP("Reports", "Deal")
OWNER = QT_TRANSLATE_NOOP("Reports", "Owner")
VALUE = QT_TRANSLATE_NOOP("Reports", "Value")
CLOSED_ON = QT_TRANSLATE_NOOP("Reports", "Closed")
NO_WON = QT_TRANSLATE_NOOP("Reports", "No deal was won in this period.")
LOST_TITLE = QT_TRANSLATE_NOOP("Reports", "Deals lost and why")
REASON = QT_TRANSLATE_NOOP("Reports", "Reason")
COUNT = QT_TRANSLATE_NOOP("Reports", "Deals")
NO_REASON = QT_TRANSLATE_NOOP("Reports", "(no reason given)")
NO_LOST = QT_TRANSLATE_NOOP("Reports", "No deal was lost in this period.")
NO_OWNER = QT_TRANSLATE_NOOP("Reports", "(no owner)")
CHART_WON = QT_TRANSLATE_NOOP("Reports", "Won value by rep")
CHART_ACTIVITY_DAY = QT_TRANSLATE_NOOP("Reports", "Activities per day")
CHART_ACTIVITY_WEEK = QT_TRANSLATE_NOOP("Reports", "Activities per week")
CHART_TYPES = QT_TRANSLATE_NOOP("Reports", "Activities by type")
EMAIL_SUBJECT = QT_TRANSLATE_NOOP("Reports", "{title}: {start} to {end}")
EMAIL_TEXT = QT_TRANSLATE_NOOP(
    "Reports", "The report is attached as a PDF; mail programs that show HTML display it here."
)


def identity(text: str) -> str:
    return text


def _i18n_dirs() -> list[Path]:
    package = Path(__file__).resolve().parents[2]
    frozen = getattr(sys, "_MEIPASS", None)
    dirs = [Path(frozen) / "resources" / "i18n"] if frozen else []
    return [*dirs, package / "resources" / "i18n", package.parent / "resources" / "i18n"]


@cache
def _catalog(language: str) -> dict[str, str]:
    for folder in _i18n_dirs():
        path = folder / f"reports_{language}.ts"
        if path.is_file():
            return _read_ts(path)
    return {}


def _read_ts(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                table[source] = translation
    return table


def catalog_translator(language: str | None) -> Translate:
    """Translate through ``reports_<language>.ts`` (English: as written)."""
    if not language or language.lower().startswith("en"):
        return identity
    table = _catalog(language.replace("-", "_"))
    if not table and "_" not in language:
        table = _catalog(f"{language}_CN")
    return lambda text: table.get(text, text)
