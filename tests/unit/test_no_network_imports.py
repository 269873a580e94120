"""SECURITY.md promise 10, statically: no module of the app imports a network API.

QtNetwork is allowed in exactly one module, the single-instance hand-over, which uses a
local (AF_UNIX) socket between two Connectly processes of the same user.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "connectly"
NETWORK = ("socket", "ssl", "http", "urllib", "requests", "httpx", "aiohttp", "PySide6.QtNetwork")
ALLOWED = {("ui/single_instance.py", "PySide6.QtNetwork")}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_imports_a_network_api() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for name in _imports(path):
            for banned in NETWORK:
                if (name == banned or name.startswith(banned + ".")) and (rel, banned) not in ALLOWED:
                    offenders.append(f"{rel}: {name}")
    assert offenders == []
