"""Secrets are asked on the terminal or read from standard input — never from arguments or env."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from connectly.domain.errors import ValidationError


class SecretPrompt:
    """Asks for secrets in order: on the terminal, or one line each from stdin (``--passphrase-stdin``)."""

    def __init__(self, *, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._stdin.readline()
            if not line:
                raise ValidationError(f"Standard input ended before “{prompt.rstrip(': ')}” was given.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise ValidationError(
                "A passphrase is needed but there is no terminal to ask on; use --passphrase-stdin."
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        """A new secret; on a terminal it is asked twice and must match."""
        first = self.ask(prompt)
        if not self.from_stdin and self.ask("Type it again: ") != first:
            raise ValidationError("The two passphrases did not match; nothing was changed.")
        return first
