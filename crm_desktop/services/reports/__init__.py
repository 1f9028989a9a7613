"""Rep performance reports (daily, weekly, monthly, custom): data, HTML, e-mail draft, schedule.

Qt-free. Every figure comes from the dashboard metrics (``services.metrics``) or from a small
query in ``figures`` built on the same SQL helpers, so a report and the dashboards agree.
"""
