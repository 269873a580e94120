"""Run the ``connectly`` CLI with network use recorded and refused; print a JSON report last.

    python tests/faults/netless.py ARGS...

An audit hook (PEP 578) sees every socket the process creates, connects or binds and every
name lookup; anything but a local AF_UNIX socket is refused and recorded. After the command,
the modules that would be needed to talk to a network are looked for in ``sys.modules``.
Root logging is on at DEBUG, so a log line with diary text would show up on stderr.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
from typing import Any

ATTEMPTS: list[str] = []
NETWORK_MODULES = (
    "ssl",
    "http",
    "http.client",
    "urllib.request",
    "requests",
    "httpx",
    "aiohttp",
    "PySide6.QtNetwork",
)
LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1]
        if family not in (socket.AF_UNIX, -1):
            ATTEMPTS.append(f"{event} family={family}")
            raise RuntimeError("network socket refused by the test")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        if getattr(args[0], "family", None) != socket.AF_UNIX:
            ATTEMPTS.append(event)
            raise RuntimeError("network use refused by the test")
    elif event in LOOKUPS:
        ATTEMPTS.append(event)
        raise RuntimeError("name lookup refused by the test")


def main() -> int:
    sys.addaudithook(_hook)
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    from connectly.cli.main import main as connectly

    try:
        code = connectly(sys.argv[1:])
    except SystemExit as exc:
        code = int(exc.code or 0)
    loaded = sorted(name for name in sys.modules if name in NETWORK_MODULES)
    print(json.dumps({"code": code, "attempts": ATTEMPTS, "network_modules": loaded}), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
