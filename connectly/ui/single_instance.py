"""One Connectly window per diary: a second launch brings the first one forward and exits.

The first GUI process for a data folder holds a ``QLockFile`` and listens on a local socket
(``QLocalServer``, an AF_UNIX socket file readable by this user only). A second GUI process
fails to take the lock, connects to the socket, sends ``raise`` and waits for ``ok``: the first
has then shown, raised and activated its window (on its unlock screen if it is locked — the
hand-over carries no diary content). The CLI never takes the lock, so commands that only read
keep working while the window is open.

Both files live in a private runtime folder: ``$XDG_RUNTIME_DIR`` when it is a 0700 folder of
this user, else ``<tmp>/connectly-<uid>`` (created 0700). Their names carry a hash of the data
folder, so a second diary (``CONNECTLY_HOME``) gets its own window. This is the only module that
may import QtNetwork: the socket is local, never a network connection (SECURITY.md promise 10).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
ACK = b"ok\n"
LOCK_WAIT_MS = 100
# The first window starts listening before its event loop runs; on a slow or busy machine it
# may take seconds to answer, and giving up early would print "did not answer" needlessly.
HANDOVER_WAIT_MS = 10_000
NOT_ANSWERING = (
    "Connectly is already open for this diary but did not answer. "
    "Close the other window, or wait a moment, and try again."
)


def _private_dir(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700


def runtime_dir() -> Path:
    """A folder only this user can enter, for the lock file and the socket."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _private_dir(Path(xdg)):
        return Path(xdg)
    fallback = Path(tempfile.gettempdir()) / f"connectly-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        fallback.mkdir(mode=0o700)
    if not _private_dir(fallback):  # someone else's folder, a symlink, or loose permissions
        raise PermissionError(f"{fallback} is not a private folder of this user")
    return fallback


def instance_key(data_dir: Path) -> str:
    """A short name for the diary at ``data_dir`` (the same folder always gives the same key)."""
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode()).hexdigest()
    return f"connectly-{digest[:16]}"


class SingleInstance(QObject):
    """The lock and the local server of the running window (see module docstring)."""

    sig_raise_requested = Signal()
    """Another launch for the same diary asked this window to come forward."""

    def __init__(self, data_dir: Path, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        base = folder or runtime_dir()
        key = instance_key(data_dir)
        self.lock_path = base / f"{key}.lock"
        self.socket_path = base / f"{key}.socket"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another process holds it."""
        if not self._lock.tryLock(LOCK_WAIT_MS):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(str(self.socket_path))  # a socket left by a crashed run
        if not server.listen(str(self.socket_path)):
            self._lock.unlock()
            raise OSError(f"could not listen on {self.socket_path}: {server.errorString()}")
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        """Stop listening and drop the lock (at exit; Qt also cleans up if the process dies)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def attach(self, window: QWidget) -> None:
        """Raise ``window`` whenever another launch asks for it; let go of the lock at exit."""
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    def ask_running_to_raise(self, wait_ms: int = HANDOVER_WAIT_MS) -> bool:
        """From a second launch: ask the running window to come forward; True once it answered."""
        socket = QLocalSocket()
        socket.connectToServer(str(self.socket_path))
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(RAISE)
        socket.flush()  # writes it all now, so there is nothing left to wait for but the answer
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return reply == ACK

    def _on_connection(self) -> None:
        assert self._server is not None
        while (peer := self._server.nextPendingConnection()) is not None:
            peer.readyRead.connect(lambda p=peer: self._on_message(p))
            peer.disconnected.connect(peer.deleteLater)
            if peer.canReadLine():  # the message may already be waiting
                self._on_message(peer)

    def _on_message(self, peer: QLocalSocket) -> None:
        if not peer.canReadLine():
            return
        if bytes(peer.readLine().data()) == RAISE:
            self.bring_forward()
            self.sig_raise_requested.emit()
            peer.write(ACK)
            peer.flush()
        peer.disconnectFromServer()

    def bring_forward(self) -> None:
        """Show the attached window un-minimised, on top and focused (as far as the desktop allows)."""
        window = self._window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()


def hand_over_or_claim(data_dir: Path) -> SingleInstance | int | None:
    """At GUI start, for the diary in ``data_dir``.

    Returns the claimed :class:`SingleInstance` (attach the window to it); or an exit code
    when another window for this diary holds the lock: 0 once it came forward, 1 when it did
    not answer (a sentence on stderr); or None when no private runtime folder could be made
    (a sentence on stderr) — the app then opens without the single-window guard.
    """
    try:
        instance = SingleInstance(data_dir)
        if instance.acquire():
            return instance
    except OSError as exc:
        print(f"Connectly could not check for another open window ({exc}); opening anyway.", file=sys.stderr)
        return None
    if instance.ask_running_to_raise():
        return 0
    print(NOT_ANSWERING, file=sys.stderr)
    return 1
