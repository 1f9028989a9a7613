"""The system tray: reminder messages, today's tasks, open / quit, and "close to tray".

Made only where the desktop has a tray (``QSystemTrayIcon.isSystemTrayAvailable``). With the
setting on (the default there), closing the main window hides it and reminders keep firing;
"Quit" in the tray menu or the File menu really quits. Without a tray nothing changes: closing
the window quits, and the in-app popup and notification centre remain the way to see reminders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from crm_desktop import APP_NAME
from crm_desktop.services.tasks import TaskDTO
from crm_desktop.ui.resources import icon

CLOSE_TO_TRAY_KEY = "notifications/close_to_tray"
#: Tasks listed in the tray menu; the rest are on the Tasks page.
TRAY_TASKS = 10
TRAY_MESSAGE_MS = 10_000


def tray_available() -> bool:
    return bool(QSystemTrayIcon.isSystemTrayAvailable())


def close_to_tray(settings: QSettings) -> bool:
    """The "keep running in the tray" setting: on unless turned off (used only with a tray)."""
    value = settings.value(CLOSE_TO_TRAY_KEY, True)
    return value not in (False, "false", "0", 0)


def set_close_to_tray(settings: QSettings, on: bool) -> None:
    settings.setValue(CLOSE_TO_TRAY_KEY, on)
    settings.sync()


class Tray(QObject):
    """The tray icon and its menu; it also turns the window's close into a hide when asked."""

    sig_open_window = Signal()
    sig_open_task = Signal(str)  # task id
    sig_show_centre = Signal()
    sig_message_clicked = Signal()

    def __init__(self, window: QWidget, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.quitting = False
        self.told_hidden = False
        #: What really quits the app once the window closed (tests replace it).
        self.app_quit: Callable[[], None] = QCoreApplication.quit
        self.icon = QSystemTrayIcon(icon("app"), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu(window)
        self.menu.setObjectName("tray_menu")
        self.today: list[tuple[TaskDTO, bool]] = []  # (task, overdue)
        self.keep_action = QAction(self.tr("Keep running in the tray when the window is closed"))
        self.keep_action.setParent(self)
        self.keep_action.setCheckable(True)
        self.keep_action.toggled.connect(lambda on: set_close_to_tray(self.settings, on))
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self.sig_message_clicked)
        self.icon.activated.connect(self._on_activated)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.rebuild_menu()
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:  # the session ends: close the window properly (it saves and closes)
            app.aboutToQuit.connect(self._on_about_to_quit)
        self.icon.show()

    # -- the menu ------------------------------------------------------------------------
    def set_today(self, overdue: list[TaskDTO], today: list[TaskDTO]) -> None:
        self.today = [(task, True) for task in overdue] + [(task, False) for task in today]
        self.icon.setToolTip(
            self.tr("{app}: {count} tasks for today").format(app=APP_NAME, count=len(self.today))
        )
        if not self.menu.isVisible():
            self.rebuild_menu()

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        heading = menu.addAction(self.tr("Today's tasks"))
        heading.setEnabled(False)
        if not self.today:
            menu.addAction(self.tr("Nothing left for today")).setEnabled(False)
        for task, overdue in self.today[:TRAY_TASKS]:
            text = self.tr("Overdue: {title}").format(title=task.title) if overdue else task.title
            action = menu.addAction(text.replace("&", "&&"))
            action.setData(task.id)
            action.triggered.connect(lambda _=False, i=task.id: self.sig_open_task.emit(i))
        if len(self.today) > TRAY_TASKS:
            more = menu.addAction(
                self.tr("{count} more…").format(count=len(self.today) - TRAY_TASKS)
            )
            more.triggered.connect(self.sig_open_window)
        menu.addSeparator()
        menu.addAction(self.tr("Open {app}").format(app=APP_NAME), self.sig_open_window.emit)
        menu.addAction(self.tr("Notifications"), self.sig_show_centre.emit)
        self.keep_action.blockSignals(True)
        self.keep_action.setChecked(close_to_tray(self.settings))
        self.keep_action.blockSignals(False)
        menu.addAction(self.keep_action)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit_app)

    def task_actions(self) -> list[QAction]:
        return [action for action in self.menu.actions() if isinstance(action.data(), str)]

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.sig_open_window.emit()

    # -- messages ------------------------------------------------------------------------
    def show_message(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)

    # -- close to tray -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                QGuiApplication.setQuitOnLastWindowClosed(True)
            elif event.type() == QEvent.Type.Close and self._keep_running():
                event.ignore()
                self.hide_window()
                return True
        return False

    def _keep_running(self) -> bool:
        return not self.quitting and close_to_tray(self.settings)

    def hide_window(self) -> None:
        # Closing an editor while the window is hidden must not end the app.
        QGuiApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        if not self.told_hidden:
            self.told_hidden = True
            self.show_message(
                APP_NAME,
                self.tr(
                    "{app} keeps running in the tray, so your reminders still appear. "
                    "Use Quit in the tray menu to end it."
                ).format(app=APP_NAME),
            )

    def _on_about_to_quit(self) -> None:
        self.quitting = True
        self.icon.hide()
        self.window.close()

    def quit_app(self) -> None:
        """Really quit: close the window (it saves and closes the database), end the app."""
        self.quitting = True
        QGuiApplication.setQuitOnLastWindowClosed(True)
        if self.window.close():
            self.icon.hide()
            self.app_quit()
        else:
            self.quitting = False
