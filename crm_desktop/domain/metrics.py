"""Metric formulas (DESIGN.md section 3): pure functions, no database, no Qt.

Services compute the sums and counts in SQL and call these for the ratios, so the GUI, the
CLI and the reports all share one definition. A ratio whose denominator is zero is ``None``
("not defined"), never 0.
"""

from __future__ import annotations

#: NPS buckets: promoters score 9-10, passives 7-8, detractors 0-6.
PROMOTER_MIN = 9
PASSIVE_MIN = 7


def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or ``None`` when the denominator is zero."""
    if not denominator:
        return None
    return numerator / denominator


def win_rate(won: float, lost: float) -> float | None:
    """Won / (won + lost) over deals closed in a period: counts or values, 0..1."""
    return ratio(won, won + lost)


def average_deal_size(won_value: float, won_count: int) -> float | None:
    """Mean amount of won deals."""
    return ratio(won_value, won_count)


def weighted_value(amount: float, probability_percent: float) -> float:
    """Expected value of a deal: amount x probability (0-100)."""
    return amount * probability_percent / 100.0


def coverage(open_pipeline: float, remaining_target: float) -> float | None:
    """Open pipeline / the part of the target still to win (``None`` when nothing remains)."""
    if remaining_target <= 0:
        return None
    return open_pipeline / remaining_target


def remaining_target(target: float, won: float) -> float:
    return max(target - won, 0.0)


def required_pipeline(target: float, rate: float | None) -> float | None:
    """Pipeline needed to win ``target`` at win rate ``rate``: $2M at 20% needs $10M."""
    if not rate:
        return None
    return target / rate


def sales_velocity(
    open_deals: int, rate: float | None, avg_deal_size: float | None, cycle_days: float | None
) -> float | None:
    """Money per day the pipeline is expected to produce: deals x win rate x size / cycle."""
    if rate is None or avg_deal_size is None or not cycle_days:
        return None
    return open_deals * rate * avg_deal_size / cycle_days


def attainment(won: float, quota: float) -> float | None:
    """Share of the quota won (1.0 = quota met)."""
    return ratio(won, quota)


def expected_to_date(target: float, elapsed_days: int, total_days: int) -> float:
    """The part of ``target`` a linear pace reaches after ``elapsed_days`` of ``total_days``."""
    if total_days <= 0:
        return target
    elapsed = min(max(elapsed_days, 0), total_days)
    return target * elapsed / total_days


def below_pace(actual: float, target: float, elapsed_days: int, total_days: int) -> bool:
    """True when ``actual`` is behind a linear pace towards ``target``."""
    return actual < expected_to_date(target, elapsed_days, total_days)


def nps_bucket(score: int) -> str:
    if score >= PROMOTER_MIN:
        return "promoter"
    if score >= PASSIVE_MIN:
        return "passive"
    return "detractor"


def net_promoter_score(promoters: int, passives: int, detractors: int) -> float | None:
    """% promoters - % detractors, -100..100 (``None`` without responses)."""
    total = promoters + passives + detractors
    if not total:
        return None
    return 100.0 * (promoters - detractors) / total


def churn_rate(lost_customers: int, customers_at_start: int) -> float | None:
    """Customers lost in the period / customers at its start, 0..1."""
    return ratio(lost_customers, customers_at_start)


def retention_rate(lost_customers: int, customers_at_start: int) -> float | None:
    churn = churn_rate(lost_customers, customers_at_start)
    return None if churn is None else 1.0 - churn


def conversion(later: int, earlier: int) -> float | None:
    """Share of ``earlier`` that made it to ``later`` (funnel step, lead -> deal, ...)."""
    return ratio(later, earlier)
