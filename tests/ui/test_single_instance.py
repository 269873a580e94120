"""One window per diary: a second ``connectly`` hands over to the first and exits 0.

The hand-over is tested with real processes (the GUI offscreen on a real passphrase diary),
as a user would start them; the lock rules are tested in-process.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from connectly.services.access import create_diary
from connectly.services.locations import DiaryPaths
from connectly.ui.single_instance import SingleInstance, instance_key, runtime_dir

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASSPHRASE = "a long passphrase for two 42"
START_TIMEOUT_S = 60.0


def _env(home: Path, runtime: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", CONNECTLY_HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
    return env


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    return folder


@pytest.fixture
def diary_home() -> DiaryPaths:
    paths = DiaryPaths(Path(os.environ["CONNECTLY_HOME"]))
    diary, _code = create_diary(paths, names=("Sam", "Alex"), passphrase=PASSPHRASE, keyring=None)
    diary.lock()
    return paths


@pytest.fixture
def first_window(diary_home: DiaryPaths, runtime: Path) -> Iterator[subprocess.Popen[str]]:
    """A running Connectly GUI (unlock screen) that holds the diary's lock and listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "connectly"],
        env=_env(diary_home.data_dir, runtime),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    socket = runtime / f"{instance_key(diary_home.data_dir)}.socket"
    deadline = time.monotonic() + START_TIMEOUT_S
    while not socket.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert socket.exists(), "the first window never started listening"
        yield process
    finally:
        process.kill()
        process.communicate(timeout=30)


def test_second_launch_hands_over_to_the_running_window_and_exits_0(
    first_window: subprocess.Popen[str], diary_home: DiaryPaths, runtime: Path
) -> None:
    second = subprocess.run(
        [sys.executable, "-m", "connectly"],
        env=_env(diary_home.data_dir, runtime),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=False,
    )
    assert second.returncode == 0, second.stderr  # 0 only after the first answered "ok"
    assert first_window.poll() is None  # the first window is still there


def test_read_only_cli_commands_work_while_the_window_is_open(
    first_window: subprocess.Popen[str], diary_home: DiaryPaths, runtime: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "connectly", "partners", "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        env=_env(diary_home.data_dir, runtime),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Sam" in result.stdout
    assert first_window.poll() is None


def test_only_one_instance_holds_the_lock_for_a_diary(qtbot: QtBot, tmp_path: Path, runtime: Path) -> None:
    first = SingleInstance(tmp_path / "diary", runtime)
    second = SingleInstance(tmp_path / "diary", runtime)
    other_diary = SingleInstance(tmp_path / "another diary", runtime)
    try:
        assert first.acquire()
        assert not second.acquire()
        assert other_diary.acquire()  # a second diary (CONNECTLY_HOME) gets its own window
        first.release()
        assert second.acquire()  # released at exit: the next launch takes over
    finally:
        for instance in (first, second, other_diary):
            instance.release()


def test_a_stale_socket_from_a_crashed_run_does_not_block_the_next_start(
    qtbot: QtBot, tmp_path: Path, runtime: Path
) -> None:
    instance = SingleInstance(tmp_path / "diary", runtime)
    instance.socket_path.write_text("left behind by a crash")
    try:
        assert instance.acquire()
        assert stat.S_ISSOCK(instance.socket_path.stat().st_mode)
    finally:
        instance.release()


def test_asking_with_nobody_listening_reports_no_answer(qtbot: QtBot, tmp_path: Path, runtime: Path) -> None:
    assert not SingleInstance(tmp_path / "diary", runtime).ask_running_to_raise(wait_ms=200)


def test_bring_forward_shows_a_minimised_window(qtbot: QtBot, tmp_path: Path, runtime: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    instance = SingleInstance(tmp_path / "diary", runtime)
    instance.attach(window)
    instance.bring_forward()
    assert window.isVisible()
    assert not window.isMinimized()


def test_runtime_folder_is_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    loose.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(loose))
    folder = runtime_dir()  # a loose XDG_RUNTIME_DIR is not used
    assert folder != loose
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert folder.stat().st_uid == os.getuid()
