"""Background work whose receiver is destroyed before it finishes is dropped quietly."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from connectly.ui.workers import run_in_background, wait_for_background_work


def _blocked_until(gate: threading.Event, then: object) -> object:
    assert gate.wait(10)
    if isinstance(then, BaseException):
        raise then
    return then


@pytest.mark.parametrize("outcome", [42, RuntimeError("the diary is locked")], ids=["result", "error"])
def test_a_receiver_destroyed_while_its_task_runs_gets_nothing_and_nothing_raises(
    qtbot: QtBot, outcome: object
) -> None:
    receiver = QObject()
    gate = threading.Event()
    delivered: list[object] = []
    run_in_background(
        lambda: _blocked_until(gate, outcome), delivered.append, delivered.append, parent=receiver
    )
    shiboken6.delete(receiver)  # e.g. a page rebuilt or closed while its task still runs
    gate.set()
    assert wait_for_background_work(10_000)
    qtbot.wait(50)  # the queued delivery runs; pytest-qt fails the test on any exception
    assert delivered == []


def test_a_live_receiver_gets_its_result(qtbot: QtBot) -> None:
    receiver = QObject()
    delivered: list[object] = []
    run_in_background(lambda: 7, delivered.append, delivered.append, parent=receiver)
    qtbot.waitUntil(lambda: delivered == [7])
