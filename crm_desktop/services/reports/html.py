"""The report as one self-contained HTML page (charts inlined), in the language of ``tr``.

Kept to the HTML subset Qt's rich text understands, so the preview, the PDF and a browser show
the same page.
"""

from __future__ import annotations

from html import escape

from crm_desktop.services.reports import charts
from crm_desktop.services.reports import strings as s
from crm_desktop.services.reports.model import Figures, ReportData, ReportKind
from crm_desktop.services.reports.sections import (
    activity_labels,
    deal_sections,
    leaderboard,
    money,
    quota_section,
    summary_rows,
    table,
)
from crm_desktop.services.reports.strings import Translate

STYLE = """
body { font-family: sans-serif; color: #243342; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1f4e8c; margin-top: 18px; margin-bottom: 6px; }
p.sub { color: #52606d; margin: 2px 0; }
th { background-color: #e8eef6; text-align: left; }
td.num, th.num { text-align: right; }
.up { color: #1e7b34; } .down { color: #b42318; }
tr.total td { font-weight: bold; background-color: #f3f5f8; }
"""

KIND_TITLES = {
    ReportKind.DAILY: s.KIND_DAILY,
    ReportKind.WEEKLY: s.KIND_WEEKLY,
    ReportKind.MONTHLY: s.KIND_MONTHLY,
    ReportKind.CUSTOM: s.KIND_CUSTOM,
}


def report_title(data: ReportData, tr: Translate) -> str:
    if data.is_team:
        return tr(s.TITLE_TEAM)
    return tr(s.TITLE_REP).format(name=data.owner_name or tr(s.NO_OWNER))


def image(svg: str, alt: str) -> str:
    return f'<p><img src="{charts.data_uri(svg)}" alt="{escape(alt)}"></p>'


def chart_section(data: ReportData, tr: Translate) -> str:
    parts: list[str] = []
    if data.is_team and data.reps:
        items = [(r.name, r.figures.won_value, money(r.figures.won_value)) for r in data.reps]
        parts += [f"<h2>{escape(tr(s.CHART_WON))}</h2>", image(charts.bar_chart(items), "")]
    else:
        labels = activity_labels(tr)
        current: Figures = data.current
        items = [(labels[k], float(v), str(v)) for k, v in current.activities.items()]
        parts += [f"<h2>{escape(tr(s.CHART_TYPES))}</h2>", image(charts.bar_chart(items), "")]
    if data.trend:
        title = s.CHART_ACTIVITY_WEEK if data.weekly_trend else s.CHART_ACTIVITY_DAY
        points = [(p.day.strftime("%m-%d"), p.activities) for p in data.trend]
        parts += [f"<h2>{escape(tr(title))}</h2>", image(charts.column_chart(points), "")]
    return "".join(parts)


def header(data: ReportData, tr: Translate) -> str:
    period, before = data.period, data.previous_period
    when = data.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"<h1>{escape(report_title(data, tr))}</h1>"
        f'<p class="sub"><b>{escape(tr(KIND_TITLES[data.request.kind]))}</b> · '
        f"{escape(tr(s.PERIOD).format(start=period.start, end=period.end))}</p>"
        f'<p class="sub">{escape(tr(s.COMPARED).format(start=before.start, end=before.end))}</p>'
        f'<p class="sub">{escape(tr(s.GENERATED).format(when=when, currency=data.currency))}</p>'
    )


def render_html(data: ReportData, tr: Translate = s.identity) -> str:
    """The whole report page."""
    title = escape(report_title(data, tr))
    headers = [tr(s.FIGURE), tr(s.THIS_PERIOD), tr(s.PREVIOUS_PERIOD), tr(s.CHANGE)]
    body = [
        header(data, tr),
        f"<h2>{escape(tr(s.SUMMARY))}</h2>",
        table(headers, summary_rows(data, tr)),
        f"<p>{escape(tr(s.OPEN_PIPELINE)).format(**_open(data))}</p>",
        quota_section(data, tr),
        leaderboard(data, tr),
        chart_section(data, tr),
        deal_sections(data, tr),
    ]
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>"
    )


def _open(data: ReportData) -> dict[str, str]:
    return {"value": f"<b>{money(data.open_value)}</b>", "count": str(data.open_count)}
