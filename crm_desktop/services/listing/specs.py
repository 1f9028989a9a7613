"""What each list (contacts, companies, deals) shows, sorts by and filters on, as SQL.

The row alias is always ``r``; joins are named ``co`` (company), ``ow`` (owner), ``so``
(source), ``pl`` (pipeline), ``st`` (stage).
"""

from __future__ import annotations

from dataclasses import dataclass

JOINS = {
    "co": "LEFT JOIN company co ON co.id = r.company_id",
    "ow": 'LEFT JOIN "user" ow ON ow.id = r.owner_id',
    "so": "LEFT JOIN source so ON so.id = r.source_id",
    "pl": "LEFT JOIN pipeline pl ON pl.id = r.pipeline_id",
    "st": "LEFT JOIN stage st ON st.id = r.stage_id",
}


@dataclass(frozen=True)
class Column:
    """One list column: its key, English label, value and sort SQL, and the joins it needs."""

    key: str
    label: str
    select: str
    sort: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    #: "text", "money" (hundredths), "date", "datetime", "int", "enum", "tags"
    type: str = "text"

    @property
    def sort_exprs(self) -> tuple[str, ...]:
        return self.sort or (self.select,)


@dataclass(frozen=True)
class ListSpec:
    kind: str
    table: str
    columns: tuple[Column, ...]
    default_columns: tuple[str, ...]
    default_sort: str
    #: partial covering index of the default sort (see storage.search_index.LIST_INDEXES)
    sort_index: str = ""

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def _common(*, owned: bool = True) -> tuple[Column, ...]:
    cols: tuple[Column, ...] = (
        Column("last_activity_at", "Last activity", "r.last_activity_at", type="datetime"),
        Column("created_at", "Created", "r.created_at", type="datetime"),
        Column("updated_at", "Updated", "r.updated_at", type="datetime"),
    )
    if owned:
        cols = (Column("owner", "Owner", "ow.name", joins=("ow",)), *cols)
    return cols


CONTACTS = ListSpec(
    kind="contact",
    table="contact",
    columns=(
        Column(
            "name",
            "Name",
            "r.first_name",
            sort=("r.last_name", "r.first_name", "r.deleted_at"),
            type="person",
        ),
        Column("email", "Email", "r.email"),
        Column("phone", "Phone", "r.phone"),
        Column("company", "Company", "co.name", joins=("co",)),
        Column("title", "Title", "r.title"),
        Column("lifecycle_stage", "Lifecycle stage", "r.lifecycle_stage", type="enum"),
        Column("lead_status", "Lead status", "r.lead_status", type="enum"),
        Column("source", "Source", "so.name", joins=("so",)),
        Column("city", "City", "r.city"),
        Column("country", "Country", "r.country"),
        Column("tags", "Tags", "r.tags", type="tags"),
        *_common(),
    ),
    default_columns=(
        "name",
        "email",
        "phone",
        "company",
        "lifecycle_stage",
        "owner",
        "last_activity_at",
    ),
    default_sort="name",
    sort_index="ix_list_contact_name",
)

COMPANIES = ListSpec(
    kind="company",
    table="company",
    columns=(
        Column("name", "Name", "r.name", sort=("r.name", "r.deleted_at")),
        Column("domain", "Domain", "r.domain"),
        Column("industry", "Industry", "r.industry"),
        Column("employees", "Employees", "r.employees", type="int"),
        Column("annual_revenue", "Annual revenue", "r.annual_revenue", type="money"),
        Column("phone", "Phone", "r.phone"),
        Column("city", "City", "r.city"),
        Column("country", "Country", "r.country"),
        Column("lifecycle", "Lifecycle", "r.lifecycle", type="enum"),
        Column("source", "Source", "so.name", joins=("so",)),
        *_common(),
    ),
    default_columns=("name", "domain", "industry", "city", "lifecycle", "owner"),
    default_sort="name",
    sort_index="ix_list_company_name",
)

DEALS = ListSpec(
    kind="deal",
    table="deal",
    columns=(
        Column("name", "Name", "r.name", sort=("r.name", "r.deleted_at")),
        Column("amount", "Amount", "r.amount", type="money"),
        Column("currency", "Currency", "r.currency"),
        Column("company", "Company", "co.name", joins=("co",)),
        Column("pipeline", "Pipeline", "pl.name", joins=("pl",)),
        Column("stage", "Stage", "st.name", sort=("st.position",), joins=("st",)),
        Column("outcome", "Outcome", "r.outcome", type="enum"),
        Column("expected_close_date", "Close date", "r.expected_close_date", type="date"),
        Column("probability", "Probability", "r.probability", type="int"),
        Column("source", "Source", "so.name", joins=("so",)),
        *_common(),
    ),
    default_columns=(
        "name",
        "amount",
        "company",
        "stage",
        "outcome",
        "expected_close_date",
        "owner",
    ),
    default_sort="name",
    sort_index="ix_list_deal_name",
)

SPECS = {s.kind: s for s in (CONTACTS, COMPANIES, DEALS)}


def spec_for(kind: str) -> ListSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"no list for {kind!r}") from None
