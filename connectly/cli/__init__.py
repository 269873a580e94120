"""The ``connectly`` command: the desktop app with no sub-command, scriptable commands otherwise."""

from connectly.cli.main import main

__all__ = ["main"]
