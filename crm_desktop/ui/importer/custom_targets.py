"""Existing custom properties as import targets: offered in the mapping and suggested by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from crm_desktop.services.importing.fields import CUSTOM_PREFIX, ImportKind

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.settings.properties import PropertyDTO

#: The kinds whose records have custom properties, and the entity those are defined for.
ENTITIES = {
    ImportKind.CONTACTS: "contact",
    ImportKind.COMPANIES: "company",
    ImportKind.DEALS: "deal",
}


def properties_of(services: Services, kind: ImportKind) -> list[PropertyDTO]:
    entity = ENTITIES.get(kind)
    return services.properties.list(entity) if entity else []


def property_label(prop: PropertyDTO) -> str:
    chinese = QLocale().language() == QLocale.Language.Chinese
    return prop.label_zh if chinese and prop.label_zh else prop.label_en


def target_items(properties: Sequence[PropertyDTO]) -> list[tuple[str, str]]:
    """(combo text, target) for each existing property."""
    text = QCoreApplication.translate("ImportCustomTargets", "Custom property: %1")
    return [(text.replace("%1", property_label(p)), CUSTOM_PREFIX + p.key) for p in properties]


def suggest_custom(
    headers: Sequence[str], properties: Sequence[PropertyDTO], suggested: Mapping[str, str]
) -> dict[str, str]:
    """``suggested`` plus existing properties for the headers it left out, matched by name.

    A header matches a property by its key, either label, or ``custom:key`` (our exports).
    """
    names: dict[str, str] = {}
    for prop in properties:
        for name in (prop.key, prop.label_en, prop.label_zh, CUSTOM_PREFIX + prop.key):
            if name:
                names.setdefault(name.strip().casefold(), CUSTOM_PREFIX + prop.key)
    out = dict(suggested)
    used = set(out.values())
    for header in headers:
        target = names.get(header.strip().casefold())
        if header not in out and target is not None and target not in used:
            out[header] = target
            used.add(target)
    return out
