"""Keeping the screen awake while the kiosk is open, where the platform lets us."""

import logging
import shutil
import subprocess

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class ScreenAwake:
    """Keeps the screen from blanking while the kiosk is open, where the platform
    lets us: the freedesktop ScreenSaver D-Bus interface, else ``xdg-screensaver``.
    Best effort: what did not work is logged, never raised."""

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self.how = ""

    def hold(self, window: QWidget) -> None:
        try:
            if self._dbus_inhibit():
                self.how = "org.freedesktop.ScreenSaver"
            elif self._xdg_suspend(int(window.winId())):
                self.how = "xdg-screensaver"
        except Exception:  # a desktop service is no reason to stop the counter
            log.warning("kiosk: keeping the screen awake failed", exc_info=True)
        if self.how:
            log.info("kiosk: the screen is kept awake (%s)", self.how)
        else:
            log.info("kiosk: no way to keep the screen awake here; the screen may blank")

    def _dbus_inhibit(self) -> bool:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        saver = QDBusInterface(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            bus,
        )
        if not saver.isValid():
            return False
        reply = saver.call("Inhibit", "pos-loyalty", "kiosk mode: the counter stays on screen")
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("kiosk: the ScreenSaver service refused: %s", reply.errorMessage())
            return False
        self._cookie = int(reply.arguments()[0])
        return True

    def _xdg_suspend(self, window_id: int) -> bool:
        tool = shutil.which("xdg-screensaver")
        if tool is None or not window_id:
            return False
        # It stays suspended until the window is gone (or "resume" is called).
        self._process = subprocess.Popen(
            [tool, "suspend", hex(window_id)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return True

    def release(self) -> None:
        try:
            if self._cookie is not None:
                from PySide6.QtDBus import QDBusConnection, QDBusInterface

                saver = QDBusInterface(
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    QDBusConnection.sessionBus(),
                )
                saver.call("UnInhibit", self._cookie)
                self._cookie = None
            if self._process is not None:
                self._process.terminate()
                self._process.wait(timeout=5)
                self._process = None
        except Exception:
            log.warning("kiosk: releasing the screen-awake hold failed", exc_info=True)
