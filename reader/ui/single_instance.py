"""One window per library: a second start hands its files to the running window and leaves, so two windows never
write the same settings and catalogue (the one quitting last used to overwrite the other's session).

The first start holds a QLockFile in the data folder and listens on a local socket named per user and per data
folder once its window is up; a later start that cannot take the lock sends its files there as one JSON line and
waits for 'ok'. A lock left by a crashed window is taken over (its owner is gone); a holder that never listens, or
does not answer in a few seconds, is reported in one line and the start goes on (losing nothing beats refusing to
start).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, QSysInfo, QTimer, Slot

from reader.ui.given_paths import open_given

if TYPE_CHECKING:  # QtNetwork is loaded only to talk: the first start's window is on screen before it
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "zhreader.lock"
STARTING_WAIT_S = 20.0  # the first start listens once its window is built and its loop runs (seconds when loaded)
ANSWER_WAIT_S = 6.0  # a listening window answers within a turn of its loop: longer, and it is hung
MAX_MESSAGE = 1 << 20  # a request longer than this is not from zhreader


def server_name(data_dir: Path) -> str:
    """Short (a Unix socket path is limited to ~100 bytes) and distinct per user and per data folder."""
    try:
        if hasattr(os, "getuid"):
            user = str(os.getuid())
        else:
            import getpass

            user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"zhreader-{digest}"


def bring_forward(window) -> None:
    """The window a later start handed its files to comes forward, as that start's own window would have."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceGuard(QObject):
    """The lock and, once this start holds it, the server the later starts talk to."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self.lock_path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its owner is gone: a window open for hours keeps its lock
        self._server: QLocalServer | None = None
        self._window = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def take(self) -> bool | None:
        """True: this start is the first; False: another process holds the lock; None: no lock can be kept here."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("no lock could be kept in %s; a second window would not be noticed", self.lock_path.parent)
        return None

    def hand_over(self, files: list[Path]) -> bool:
        """Send the files to the window holding the lock; True once it answered that it opened them."""
        message = json.dumps({"files": [str(f.absolute()) for f in files]}).encode("utf-8") + b"\n"
        if self._elsewhere():
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + STARTING_WAIT_S
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(200):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            if self._lock.tryLock(0):  # its holder ended meanwhile: this start is the first after all
                self._lock.unlock()
                return False
            time.sleep(0.1)
        socket.write(QByteArray(message))
        answer = bytearray()
        deadline = time.monotonic() + ANSWER_WAIT_S
        while b"\n" not in answer and time.monotonic() < deadline:
            socket.waitForBytesWritten(100)
            if socket.waitForReadyRead(200):
                answer += bytes(socket.readAll().data())
            elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                break
        socket.abort()
        if answer.startswith(b"closing\n"):  # its window was closed: this start follows once the lock is let go
            while time.monotonic() < deadline:
                if self._lock.tryLock(0):
                    self._lock.unlock()
                    break
                time.sleep(0.1)
        return answer.startswith(b"ok\n")

    def _elsewhere(self) -> bool:
        """Held from another computer (a shared home folder): no local socket reaches it, so no wait for one."""
        info = self._lock.getLockInfo()
        host = info[1] if isinstance(info, tuple) and len(info) == 3 else ""
        return bool(host) and host != QSysInfo.machineHostName()

    def _listen(self) -> None:
        """Take the later starts' requests, from the first turn of the loop: one that connects is answered at once."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed window's socket; the lock says no live window owns it
        if not server.listen(self.name):
            log.warning("later starts cannot reach this window (%s); they will open a window of their own",
                        server.errorString())
            return
        server.newConnection.connect(self._connected)
        self._server = server
        log.info("later starts on this library open their files in this window")

    def serve(self, window) -> None:
        """The window that opens the files handed over, listening once the event loop runs."""
        self._window = window
        QTimer.singleShot(0, self._listen)

    @Slot()
    def _connected(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer[:buffer.index(b"\n")])
        buffer.clear()
        try:
            files = [Path(f) for f in json.loads(line.decode("utf-8"))["files"] if isinstance(f, str) and f]
        except (ValueError, KeyError, TypeError):
            log.warning("a request from a later start could not be read")
            socket.abort()
            return
        if self._window is None or not self._window.isVisible():  # closed, its process ending: not reopened
            socket.write(QByteArray(b"closing\n"))
        else:
            log.info("a later start handed over %d file(s)", len(files))
            open_given(self._window, files)  # as the command line's and drops' (reader.ui.given_paths)
            bring_forward(self._window)
            socket.write(QByteArray(b"ok\n"))
        socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Stop listening and free the lock (at exit; a crash leaves a lock the next start takes over)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
