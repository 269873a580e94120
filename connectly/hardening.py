"""Process hardening applied first thing by every entry point.

- No core dumps: a crash must not write decrypted pages to disk (SECURITY.md promise 18).
- A private umask, so nothing the app creates is ever readable by other accounts, even
  files made by libraries (belt and braces: our own files are created 0600 explicitly).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Turn off core dumps and ptrace-style dumping; set umask 077."""
    os.umask(0o077)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """Whether the kernel would write a core dump of this process (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
    except (OSError, AttributeError):
        return False
