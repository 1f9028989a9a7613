"""Settings > Backups: the backups of the open database, back up now, restore, the folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.settings.common import make_read_only_table
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.backups import BackupInfo
    from crm_desktop.services.container import Services
    from crm_desktop.ui.database_controller import DatabaseController
    from crm_desktop.ui.hub import SignalHub


def _restore_and_reopen(path: Path, backup: Path, outcome: dict[str, Any]) -> Services:
    """On a worker: restore ``backup`` over the closed database, then open it again (also when
    the restore was refused: the database is then as it was)."""
    from crm_desktop.domain.errors import CrmError
    from crm_desktop.services.backups import BackupService
    from crm_desktop.services.container import Services

    try:
        outcome["result"] = BackupService(path).restore(backup)
    except (CrmError, OSError) as exc:
        outcome["error"] = exc
    return Services.open(path)


class BackupsSection(QWidget):
    sig_backed_up = Signal()

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.services: Services | None = None
        self._backups: list[BackupInfo] = []
        self._busy = False
        self._outcome: dict[str, Any] | None = None
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.retention_label = QLabel(self._retention_text())
        self.retention_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        make_read_only_table(self.table)
        self.table.verticalHeader().setVisible(False)
        self.back_up_button = QPushButton(self.tr("Back Up Now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.folder_button = QPushButton(self.tr("Open Backup Folder"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.retention_label)
        hub.sig_database_opened.connect(self._on_database_opened)

    def title(self) -> str:
        return self.tr("Backups")

    def _retention_text(self) -> str:
        return self.tr(
            "Kept automatically: a backup when the app starts (at most one a day) and before "
            "every upgrade and import. Rotation keeps the newest daily backup of each of the "
            "last 7 days and of each of the last 4 weeks, every manual and before-upgrade "
            "backup, and the newest 10 before-import and before-restore backups."
        )

    def kind_label(self, reason: str) -> str:
        labels = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Manual"),
            "before-migration": self.tr("Before upgrade"),
            "before-import": self.tr("Before import"),
            "before-restore": self.tr("Before restore"),
            "damaged": self.tr("Damaged file kept"),
        }
        return labels.get(reason, reason)

    # -- showing ---------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        from crm_desktop.services.backups import BackupService

        services = self.services
        self._backups = BackupService(services.path).list() if services else []
        if services is not None:
            folder = BackupService(services.path).folder
            self.folder_label.setText(fill(self.tr("Backups of %1 in %2"), services.path, folder))
        else:
            self.folder_label.setText(self.tr("No database is open."))
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            size = QLocale().formattedDataSize(info.size)
            for column, text in enumerate((when, self.kind_label(info.reason), size)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_db = self.services is not None and not self._busy
        writable = open_db and not (self.services and self.services.db.read_only)
        self.back_up_button.setEnabled(open_db)
        self.restore_button.setEnabled(bool(writable and self.selected()))
        self.folder_button.setEnabled(open_db)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    # -- actions ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.services is None or self._busy:
            return
        path = self.services.path
        self._set_busy(True)

        def task(_context: TaskContext) -> BackupInfo:
            from crm_desktop.services.backups import BackupService

            return BackupService(path).back_up_now()

        start_worker(task, on_finished=self._on_backed_up, on_failed=self._on_failed)

    def _on_backed_up(self, _info: object) -> None:
        self._set_busy(False)
        self.refresh()
        self.sig_backed_up.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        QMessageBox.warning(
            self, self.tr("Backup"), fill(self.tr("The backup failed:\n%1"), str(exc))
        )

    def restore_selected(self) -> None:
        info, controller = self.selected(), self._controller()
        if info is None or self.services is None or controller is None or self._busy:
            return
        when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            fill(
                self.tr(
                    "Replace the database by the backup of %1?\n\nChanges made since then "
                    "are not in it. The database as it is now is kept as a before-restore "
                    "backup first."
                ),
                when,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, backup = self.services.path, info.path
        self._set_busy(True)
        controller.services = None
        self.services.close()  # every connection closed: the file can be replaced
        outcome: dict[str, Any] = {}
        self._outcome = outcome
        controller.start_opening(lambda: _restore_and_reopen(path, backup, outcome))

    def _on_database_opened(self, _services: object) -> None:
        outcome, self._outcome = self._outcome, None
        self._set_busy(False)
        if outcome is None:
            return
        if "error" in outcome:
            QMessageBox.warning(
                self,
                self.tr("Restore Backup"),
                fill(
                    self.tr("The backup was not restored; the database is unchanged:\n%1"),
                    str(outcome["error"]),
                ),
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Restore Backup"),
                self.tr("The backup was restored. The database as it was is kept as a backup."),
            )

    def open_folder(self) -> None:
        from crm_desktop.services.backups import BackupService

        if self.services is None:
            return
        folder = BackupService(self.services.path).folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _controller(self) -> DatabaseController | None:
        return getattr(self.window(), "database", None)
