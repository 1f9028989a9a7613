"""Summary tables of the dashboards, written only by triggers (``storage/summaries.py``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Integer, PrimaryKeyConstraint, String, Table

from crm_desktop.storage.models.base import Base

#: Won/lost deals per close day, outcome, pipeline, owner ('' = none) and currency.
deal_close_day = Table(
    "deal_close_day",
    Base.metadata,
    Column("day", String(10), nullable=False),
    Column("outcome", String(8), nullable=False),
    Column("pipeline_id", String(36), nullable=False),
    Column("owner_id", String(36), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("n", Integer, nullable=False),
    #: sum of the amounts in hundredths (deals without an amount add 0)
    Column("amount", BigInteger, nullable=False),
    #: sum of the days from creation to close
    Column("cycle_days", Float, nullable=False),
    PrimaryKeyConstraint("day", "outcome", "pipeline_id", "owner_id", "currency"),
    sqlite_with_rowid=False,
)

#: Live activities per day, owner ('' = none) and type.
activity_day = Table(
    "activity_day",
    Base.metadata,
    Column("day", String(10), nullable=False),
    Column("owner_id", String(36), nullable=False),
    Column("type", String(32), nullable=False),
    Column("n", Integer, nullable=False),
    PrimaryKeyConstraint("day", "owner_id", "type"),
    sqlite_with_rowid=False,
)

#: Open deals per pipeline, stage ('' = none), owner ('' = none) and currency.
deal_open_sum = Table(
    "deal_open_sum",
    Base.metadata,
    Column("pipeline_id", String(36), nullable=False),
    Column("stage_id", String(36), nullable=False),
    Column("owner_id", String(36), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("n", Integer, nullable=False),
    #: sum of the amounts in hundredths
    Column("amount", BigInteger, nullable=False),
    #: sum of the amounts of the deals without their own probability (the stage's applies)
    Column("amount_stage_p", BigInteger, nullable=False),
    #: sum of amount x own probability of the deals with one
    Column("weighted_own", BigInteger, nullable=False),
    PrimaryKeyConstraint("pipeline_id", "stage_id", "owner_id", "currency"),
    sqlite_with_rowid=False,
)
