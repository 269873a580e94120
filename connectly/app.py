"""The desktop app's composition root (filled in by the desktop-app work)."""

from __future__ import annotations


def run_desktop_app(*, demo: bool = False) -> int:
    from connectly.ui.application import run

    return run(demo=demo)
