"""The owner filter a view starts with: "me" for a rep, everyone for a manager.

A view preference, not security (see ``services/identity.py``). Each view keeps one
``OwnerDefault``: it selects the default in the view's owner combo box once per database and
preference, so that the user's own choice (or a saved view) wins until the database or the
"who am I" choice changes. When "who am I" changes (``SignalHub.sig_identity_changed``), every
view's ``on_change`` is called with the services: the view applies its default again and
reloads.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub


class OwnerDefault(QObject):
    def __init__(
        self, hub: SignalHub, parent: QObject, on_change: Callable[[Services], object]
    ) -> None:
        super().__init__(parent)  # disconnected when the view goes
        self._services: weakref.ref[Services] | None = None
        self._owner: str | None = None
        self._on_change = on_change
        hub.sig_identity_changed.connect(self._on_identity_changed)

    def due(self, services: Services) -> bool:
        """Whether ``services`` or its default owner changed since the default was applied."""
        same = self._services is not None and self._services() is services
        return not (same and self._owner == services.default_owner_filter)

    def apply(self, combo: QComboBox, services: Services, mine: Any = None) -> bool:
        """Select the default in ``combo`` (its signals blocked) when due; True if selected.

        The combo's data is an owner id, None for everyone; ``mine`` is the data of its "my
        records" entry when it has one (else the rep's own id is looked for).
        """
        if not self.due(services):
            return False
        self._services = weakref.ref(services)
        self._owner = owner = services.default_owner_filter
        index = _find(combo, None) if owner is None else _find_mine(combo, owner, mine)
        if index < 0:
            return False
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        return True

    def _on_identity_changed(self, services: Services) -> None:
        if self._services is not None and self._services() is services:
            self._on_change(services)


def _find_mine(combo: QComboBox, owner: str, mine: Any) -> int:
    index = _find(combo, mine) if mine is not None else -1
    return index if index >= 0 else _find(combo, owner)


def _find(combo: QComboBox, data: Any) -> int:
    """The index of the item holding ``data`` (None included), or -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == data:
            return index
    return -1
