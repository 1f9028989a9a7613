"""Filters on custom properties, as SQL conditions on the row alias ``r``.

A custom filter sits in a list's filter dict under ``"custom.<key>"``; its value is a dict with
an ``op`` and the values that op needs:

* ``{"op": "contains", "value": "acme"}`` / ``{"op": "equals", "value": "ACME"}``: text,
  case-insensitive (a multiple choice matches when one of its options does);
* ``{"op": "between", "min": 10, "max": 20}``: numbers and money (either bound may be left out;
  numbers stored as text, e.g. by an older import, count too);
* ``{"op": "dates", "from": "2026-01-01", "to": "2026-03-31"}``: dates (``YYYY-MM-DD...``);
* ``{"op": "option", "value": "Gold"}``: single choice, or one of a multiple choice's options;
* ``{"op": "checked", "value": true}``: yes/no (``false`` also matches "never set").

A filter missing what it needs filters nothing; an unknown op is ignored, like unknown keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

PREFIX = "custom."
Condition = tuple[str, dict[str, Any]]
Builder = Callable[[str, Any], Condition]
NOTHING: Condition = ("1 = 1", {})
NUMERIC_TEXT = "'*[^0-9.eE+-]*'"


def _value_sql(name: str) -> str:
    return f"json_extract(r.custom, :{name}_path)"


def _type_sql(name: str) -> str:
    return f"json_type(r.custom, :{name}_path)"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text(name: str, spec: Mapping[str, Any], *, exact: bool) -> Condition:
    text = str(spec.get("value") or "").strip()
    if not text:
        return NOTHING
    value, kind = _value_sql(name), _type_sql(name)
    if exact:
        test, param = "lower(trim({v})) = lower(:{n})", text
    else:
        test, param = "{v} LIKE :{n} ESCAPE '\\'", f"%{_escape_like(text)}%"
    single = test.format(v=value, n=name)
    each = test.format(v="each.value", n=name)
    sql = (
        f"(({kind} = 'text' AND {single}) OR ({kind} = 'array' AND EXISTS "
        f"(SELECT 1 FROM json_each(r.custom, :{name}_path) AS each WHERE {each})))"
    )
    return sql, {name: param}


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(Decimal(str(value).replace(",", "").strip()))
    except (InvalidOperation, ValueError):
        return None


def _between(name: str, spec: Mapping[str, Any]) -> Condition:
    low, high = _number(spec.get("min")), _number(spec.get("max"))
    if low is None and high is None:
        return NOTHING
    value, kind = _value_sql(name), _type_sql(name)
    numeric = (
        f"({kind} IN ('integer', 'real') OR ({kind} = 'text' AND {value} GLOB '*[0-9]*' "
        f"AND trim({value}) NOT GLOB {NUMERIC_TEXT}))"
    )
    parts, params = [numeric], {}
    if low is not None:
        parts.append(f"CAST({value} AS REAL) >= :{name}_min")
        params[f"{name}_min"] = low
    if high is not None:
        parts.append(f"CAST({value} AS REAL) <= :{name}_max")
        params[f"{name}_max"] = high
    return "(" + " AND ".join(parts) + ")", params


def _dates(name: str, spec: Mapping[str, Any]) -> Condition:
    first, last = str(spec.get("from") or "")[:10], str(spec.get("to") or "")[:10]
    if not first and not last:
        return NOTHING
    day = f"substr({_value_sql(name)}, 1, 10)"
    parts = [
        f"{_type_sql(name)} = 'text' AND {day} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    ]
    params: dict[str, Any] = {}
    if first:
        parts.append(f"{day} >= :{name}_from")
        params[f"{name}_from"] = first
    if last:
        parts.append(f"{day} <= :{name}_to")
        params[f"{name}_to"] = last
    return "(" + " AND ".join(parts) + ")", params


def _checked(name: str, spec: Mapping[str, Any]) -> Condition:
    value = spec.get("value")
    if value is None or value == "":
        return NOTHING
    kind, raw = _type_sql(name), _value_sql(name)
    yes = (
        f"({kind} = 'true' OR ({kind} = 'integer' AND {raw} != 0) OR "
        f"({kind} = 'text' AND lower(trim({raw})) IN ('yes', 'true', 'y', '1', '是')))"
    )
    return (yes if value else f"NOT COALESCE({yes}, 0)"), {}


_OPS: dict[str, Callable[[str, Mapping[str, Any]], Condition]] = {
    "contains": lambda name, spec: _text(name, spec, exact=False),
    "equals": lambda name, spec: _text(name, spec, exact=True),
    "option": lambda name, spec: _text(name, spec, exact=True),
    "between": _between,
    "dates": _dates,
    "checked": _checked,
}


def json_path(key: str) -> str:
    """The JSON path of a custom property key (keys are words; quotes keep any key safe)."""
    return '$."' + key.replace('"', "") + '"'


def custom_builder(filter_key: str) -> Builder | None:
    """The condition builder of ``custom.<key>``; None for any other filter key."""
    if not filter_key.startswith(PREFIX) or len(filter_key) == len(PREFIX):
        return None
    path = json_path(filter_key[len(PREFIX) :])

    def build(name: str, spec: Any) -> Condition:
        if not isinstance(spec, Mapping):
            return NOTHING
        op = _OPS.get(str(spec.get("op", "")))
        if op is None:
            return NOTHING
        sql, params = op(name, spec)
        if sql != NOTHING[0]:
            params[f"{name}_path"] = path
        return sql, params

    return build
