"""Run the ``connectly`` CLI with a check-in that fails with an unexpected error echoing the note.

    python tests/faults/crashing.py checkin ... --note TEXT

Stands in for a library that puts what it was given into its error message (as SQLAlchemy
does without ``hide_parameters``). The crash hook must report the failure without the note.
Root logging is on at DEBUG, so a log line with diary text would show up on stderr too.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any


def _broken_add_checkin(self: Any, **fields: Any) -> Any:
    note = fields.get("note")

    def worker() -> None:  # a worker thread failing the same way
        raise ValueError(f"could not index {note!r}")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    raise RuntimeError(f"driver said: cannot store {note!r}")


def main() -> None:
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    from connectly.cli.main import main as connectly
    from connectly.services.journal import JournalService

    JournalService.add_checkin = _broken_add_checkin  # type: ignore[method-assign]
    sys.exit(connectly(sys.argv[1:]))


if __name__ == "__main__":
    main()
