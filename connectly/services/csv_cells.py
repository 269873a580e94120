"""CSV cells that a spreadsheet cannot mistake for formulas, reversibly.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can run as a
formula when the file is opened in a spreadsheet (CSV injection). On export such a cell gets a
leading single quote, which spreadsheets treat as "this is text". To keep the round trip
lossless, a cell that already starts with quotes followed by one of those characters gets one
more quote; on import exactly one leading quote is removed from such cells.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as written to CSV: prefixed with ``'`` when it could start a formula."""
    return "'" + cell if _NEEDS_QUOTE.match(cell) else cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise` (one leading quote removed before a formula start)."""
    return cell[1:] if _QUOTED.match(cell) else cell
