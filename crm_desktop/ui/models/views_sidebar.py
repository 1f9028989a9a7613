"""The saved views of a list, in a sidebar: "All" first, then the named views."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.listing import SavedViewDTO

ViewRole = Qt.ItemDataRole.UserRole + 1


class ViewsSidebar(QWidget):
    sig_view_chosen = Signal(object)  # SavedViewDTO, or None for "All"
    sig_save_requested = Signal()
    sig_delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views_sidebar")
        self.list = QListWidget()
        self.list.setObjectName("views_list")
        self.save_button = QToolButton()
        self.save_button.setObjectName("views_save")
        self.save_button.setText(self.tr("Save view…"))
        self.delete_button = QToolButton()
        self.delete_button.setObjectName("views_delete")
        self.delete_button.setText(self.tr("Delete view"))
        self.save_button.clicked.connect(self.sig_save_requested)
        self.delete_button.clicked.connect(self._on_delete)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Views")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_views([])

    def set_views(self, views: Sequence[SavedViewDTO], select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        everything = QListWidgetItem(self.tr("All"))
        everything.setData(ViewRole, None)
        self.list.addItem(everything)
        current = everything
        for view in views:
            item = QListWidgetItem(view.name)
            item.setData(ViewRole, view)
            self.list.addItem(item)
            if view.id == select:
                current = item
        self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self._update_buttons()

    def view_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(1, self.list.count())]

    def choose(self, name: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if (i == 0 and name == "") or (i > 0 and item.text() == name):
                self.list.setCurrentItem(item)
                self._on_clicked(item)
                return

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.sig_view_chosen.emit(item.data(ViewRole))

    def _on_delete(self) -> None:
        item = self.list.currentItem()
        view = item.data(ViewRole) if item is not None else None
        if view is not None:
            self.sig_delete_requested.emit(view.id)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.delete_button.setEnabled(item is not None and item.data(ViewRole) is not None)
