"""One crm-desktop per database: a lock file next to it, and a way to call the first one up.

The app that opens a database holds ``<database>.lock`` (``QLockFile``: a lock left by a
crashed app is taken over, since its process is gone) and listens on a local socket named
after the database. A second app that finds the lock held asks the first one to come to the
front, tells its user so, and offers to open the database read-only instead.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.database_controller import DatabaseController

log = logging.getLogger(__name__)
RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def server_name(db_path: Path) -> str:
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:24]
    return f"crm-desktop-{digest}"


def call_up_first(db_path: Path) -> bool:
    """Ask the app holding ``db_path`` to come to the front; True if it got the message."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


class SingleInstance(QObject):
    """Holds the lock of the open database; answers later apps' calls."""

    sig_called_up = Signal()  # another app wants this one in front

    def __init__(self, controller: DatabaseController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._lock: QLockFile | None = None
        self._path: Path | None = None
        self._server: QLocalServer | None = None
        self.sig_called_up.connect(self._come_to_front)

    def claim(self, services: Services) -> bool:
        """Take the lock of the just-opened ``services``; False (services closed, user told)
        when another app holds it."""
        path = services.path.resolve()
        if services.db.read_only or path == self._path:
            return True
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)  # only a dead holder's lock is stale, never an old one
        if lock.tryLock(0):
            self.release()
            self._lock, self._path = lock, path
            self._listen(path)
            return True
        info = lock.getLockInfo()  # (pid, host name, app name), or () when unreadable
        pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) else None
        services.close()
        called = call_up_first(path)
        self._tell(path, pid, called)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._path = None

    def _listen(self, path: Path) -> None:
        name = server_name(path)
        QLocalServer.removeServer(name)  # we hold the lock: a leftover socket is stale
        server = QLocalServer(self)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.sig_called_up.emit()

    def _come_to_front(self) -> None:
        window = self._controller.parent()
        if QGuiApplication.platformName() == "offscreen":
            return  # nothing to raise (and the test platform warns that it cannot)
        if isinstance(window, QWidget):
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()

    def _tell(self, path: Path, pid: int | None, called: bool) -> None:
        window = self._controller.parent()
        assert isinstance(window, QWidget)
        text = fill(
            self.tr(
                "%1 is already open in another crm-desktop window (process %2).\n\n"
                "Two apps writing to one database would step on each other's changes, so it "
                "was not opened here."
            ),
            path.name,
            pid if pid is not None else "?",
        )
        if called:
            text += "\n" + self.tr("The other window was brought to the front.")
        text += "\n\n" + self.tr("Open it here read-only, to look things up?")
        answer = QMessageBox.question(window, self.tr("Database Already Open"), text)
        if answer == QMessageBox.StandardButton.Yes:
            from crm_desktop.services.safety import open_read_only

            done = fill(self.tr("%1 is open read-only: changes cannot be saved."), path.name)
            self._controller.start_opening(lambda: open_read_only(path), done)
