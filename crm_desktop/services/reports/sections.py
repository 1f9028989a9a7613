"""The report's tables: summary with change, quota, leaderboard, top and lost deals."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from crm_desktop.services.reports import strings as s
from crm_desktop.services.reports.model import Figures, Quota, ReportData
from crm_desktop.services.reports.strings import Translate

DASH = "—"
TABLE = '<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; border-color: #d5dbe3;">'  # noqa: E501


def money(value: float | None) -> str:
    return DASH if value is None else f"{value:,.0f}"


def percent(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.0f}%"


def activity_labels(tr: Translate) -> dict[str, str]:
    return {
        "call": tr(s.CALLS),
        "email": tr(s.EMAILS),
        "meeting": tr(s.MEETINGS),
        "message": tr(s.MESSAGES),
    }


def delta(
    now: float | None,
    before: float | None,
    tr: Translate,
    points: bool = False,
    worse_up: bool = False,
) -> str:
    """The change as coloured HTML: +/- amount and, for amounts, the relative change."""
    if now is None or before is None:
        return DASH
    diff = now - before
    if not diff:
        return "0"
    if points:
        shown = tr(s.POINTS).format(delta=f"{diff * 100:+.0f}")
    else:
        shown = f"{diff:+,.0f}"
        if before:
            shown += f" ({diff / abs(before) * 100:+.0f}%)"
    css = "up" if (diff > 0) != worse_up else "down"
    return f'<span class="{css}">{shown.replace("-", "−")}</span>'


Row = tuple[str, Callable[[Figures], float | None], Callable[[float | None], str]]


def _count(value: float | None) -> str:
    return DASH if value is None else f"{value:,.0f}"


def summary_spec(tr: Translate) -> list[Row]:
    labels = activity_labels(tr)
    rows: list[Row] = [
        (tr(s.WON_VALUE), lambda f: f.won_value, money),
        (tr(s.WON_DEALS), lambda f: f.won_count, _count),
        (tr(s.LOST_DEALS), lambda f: f.lost_count, _count),
        (tr(s.WIN_RATE), lambda f: f.win_rate, percent),
        (tr(s.NEW_DEALS), lambda f: f.new_deals, _count),
        (tr(s.PIPELINE_CREATED), lambda f: f.pipeline_created, money),
        (tr(s.ACTIVITIES), lambda f: f.activity_total, _count),
    ]
    for kind, label in labels.items():
        rows.append(("&nbsp;&nbsp;&nbsp;" + escape(label), _activity(kind), _count))
    rows.append((tr(s.TASKS_DONE), lambda f: f.tasks_completed, _count))
    return rows


def _activity(kind: str) -> Callable[[Figures], float | None]:
    return lambda f: f.activities.get(kind, 0)


def summary_rows(data: ReportData, tr: Translate) -> list[list[str]]:
    rows = []
    for label, value, shown in summary_spec(tr):
        now, before = value(data.current), value(data.previous)
        worse_up = label == tr(s.LOST_DEALS)
        change = delta(now, before, tr, points=shown is percent, worse_up=worse_up)
        if shown is percent and (now is None or before is None):
            change = DASH
        cell = label if label.startswith("&nbsp;") else escape(label)
        rows.append([cell, shown(now), shown(before), change])
    return rows


def quota_section(data: ReportData, tr: Translate) -> str:
    quota: Quota = data.quota
    title = tr(s.QUOTA) if quota.period == data.period else tr(s.QUOTA_DAYS).format(
        start=quota.period.start, end=quota.period.end
    )  # fmt: skip
    if not quota.target:
        return f"<h2>{escape(title)}</h2><p>{escape(tr(s.NO_QUOTA))}</p>"
    line = escape(tr(s.QUOTA_LINE)).format(
        won=money(quota.won_value),
        target=money(quota.target),
        attainment=f"<b>{percent(quota.attainment)}</b>",
    )
    return f"<h2>{escape(title)}</h2><p>{line}</p>"


def leaderboard(data: ReportData, tr: Translate) -> str:
    """The reps ranked: results, then activity; the team's totals last."""
    if not data.is_team or not data.reps:
        return ""
    labels = activity_labels(tr)
    results = [tr(s.WON_VALUE), tr(s.WON_DEALS), tr(s.WIN_RATE), tr(s.NEW_DEALS),
               tr(s.PIPELINE_CREATED), tr(s.QUOTA_SHORT)]  # fmt: skip
    work = [*labels.values(), tr(s.ACTIVITIES), tr(s.TASKS_DONE)]
    result_rows, work_rows = [], []
    for rep in data.reps:
        name = f"<b>{escape(rep.name)}</b>" if rep.rank == 1 else escape(rep.name)
        attainment = percent(rep.quota.attainment) if rep.quota else DASH
        result_rows.append([str(rep.rank), name, *_result_cells(rep.figures), attainment])
        work_rows.append([str(rep.rank), name, *_work_cells(rep.figures)])
    total = ["total", "", escape(tr(s.TEAM_TOTAL))]
    result_rows.append([*total, *_result_cells(data.current), percent(data.quota.attainment)])
    work_rows.append([*total, *_work_cells(data.current)])
    first = [tr(s.RANK), tr(s.REP)]
    numeric = tuple(range(2, 10))
    return (
        f"<h2>{escape(tr(s.LEADERBOARD))}</h2>{table([*first, *results], result_rows, numeric)}"
        f"<p></p>{table([*first, *work], work_rows, numeric)}"
    )


def _result_cells(f: Figures) -> list[str]:
    return [
        money(f.won_value),
        str(f.won_count),
        percent(f.win_rate),
        str(f.new_deals),
        money(f.pipeline_created),
    ]


def _work_cells(f: Figures) -> list[str]:
    return [*(str(v) for v in f.activities.values()), str(f.activity_total), str(f.tasks_completed)]


def deal_sections(data: ReportData, tr: Translate) -> str:
    parts = [f"<h2>{escape(tr(s.TOP_DEALS))}</h2>"]
    if data.top_deals:
        rows = [
            [escape(d.name), escape(d.owner_name or tr(s.NO_OWNER)), money(d.value),
             str(d.closed_on or DASH)]
            for d in data.top_deals
        ]  # fmt: skip
        headers = [tr(s.DEAL), tr(s.OWNER), tr(s.VALUE), tr(s.CLOSED_ON)]
        parts.append(table(headers, rows, tuple(range(2, len(headers)))))
    else:
        parts.append(f"<p>{escape(tr(s.NO_WON))}</p>")
    parts.append(f"<h2>{escape(tr(s.LOST_TITLE))}</h2>")
    if not data.lost_reasons:
        parts.append(f"<p>{escape(tr(s.NO_LOST))}</p>")
        return "".join(parts)
    reasons = [
        [escape(r.reason or tr(s.NO_REASON)), str(r.count), money(r.value)]
        for r in data.lost_reasons
    ]
    parts.append(table([tr(s.REASON), tr(s.COUNT), tr(s.VALUE)], reasons, (1, 2)))
    lost = [
        [escape(d.name), escape(d.owner_name or tr(s.NO_OWNER)), money(d.value),
         escape(d.reason or tr(s.NO_REASON))]
        for d in data.lost_deals
    ]  # fmt: skip
    parts.append("<p></p>")
    parts.append(table([tr(s.DEAL), tr(s.OWNER), tr(s.VALUE), tr(s.REASON)], lost, (2,)))
    return "".join(parts)


def table(headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = (1, 2, 3)) -> str:
    """An HTML table; cells are HTML already; the ``numeric`` columns align right."""

    def cells(tag: str, values: list[str]) -> str:
        return "".join(
            f'<{tag} class="num">{v}</{tag}>' if i in numeric else f"<{tag}>{v}</{tag}>"
            for i, v in enumerate(values)
        )

    head = f"<tr>{cells('th', [escape(h) for h in headers])}</tr>"
    body = "".join(
        f'<tr class="total">{cells("td", r[1:])}</tr>' if r and r[0] == "total" else
        f"<tr>{cells('td', r)}</tr>"
        for r in rows
    )  # fmt: skip
    return f"{TABLE}{head}{body}</table>"
