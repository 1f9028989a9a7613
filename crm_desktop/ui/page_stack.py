"""The stack of pages, each loaded the first time it is needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.pages import PageSpec
from crm_desktop.ui.safety.read_guard import guard_reads
from crm_desktop.ui.widgets.page import Page
from crm_desktop.ui.widgets.pending_page import PendingPage


class PageStack(QStackedWidget):
    sig_page_loaded = Signal(int, object)  # index, the Page

    def __init__(
        self, specs: tuple[PageSpec, ...], hub: SignalHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = specs
        self._hub = hub
        self._loaded: dict[int, Page] = {}
        for _spec in specs:
            self.addWidget(PendingPage())

    def page(self, index: int) -> Page:
        """The page at ``index``, loaded (imported and built) now if it was not yet."""
        page = self._loaded.get(index)
        if page is None:
            page = self._load(index)
        return page

    def loaded_pages(self) -> list[Page]:
        return [self._loaded[index] for index in sorted(self._loaded)]

    def _load(self, index: int) -> Page:
        page = self.specs[index].load(self._hub)
        self._loaded[index] = page
        was_current = self.currentIndex() == index
        pending = self.widget(index)
        self.insertWidget(index, page)
        if pending is not None:
            self.removeWidget(pending)
            pending.deleteLater()
        if was_current:
            self.setCurrentIndex(index)
        if self._hub.services is not None:  # opened before this page existed
            guard_reads(page, page.set_services, self._hub.services)  # damaged: a message
        self.sig_page_loaded.emit(index, page)
        return page
