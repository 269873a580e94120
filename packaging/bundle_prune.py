"""Trim the PyInstaller bundle: Qt plugins Connectly never loads, and the libraries only they needed.

PyInstaller's PySide6 hooks collect every Qt plugin of the wheel, and with them host libraries
such as GTK 3 (the ``gtk3`` platform theme), CUPS and GnuTLS (print support, TLS). Connectly
needs none of them (no printing dialogs, no network), and bundling the host's GTK next to the
system's own invites version clashes. This module drops those plugins, then keeps only the
shared libraries still reachable through ``DT_NEEDED`` from what remains (read with ``objdump``,
which PyInstaller needs anyway).

Used by ``connectly.spec``; only on Linux (other platforms return the lists unchanged).
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from collections.abc import Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]
"""A PyInstaller TOC entry: (name inside the bundle, source path, type code)."""

PLUGINS = "PySide6/Qt/plugins/"

DROPPED_PLUGINS = (
    "egldeviceintegrations/*",  # embedded EGL full-screen, not a desktop
    "generic/*",  # evdev/tuio input for kiosks
    "networkinformation/*",  # no network, ever
    "tls/*",  # idem (pulls OpenSSL)
    "printsupport/*",  # CUPS; reports are written with QPdfWriter, not printed by Qt
    "platformthemes/libqgtk3.so",  # pulls the whole GTK 3 stack; the portal theme stays
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
)

DLOPENED = ("libdbus-1.so.3", "libpython3")
"""Loaded with dlopen, so no DT_NEEDED points at them: QtDBus loads libdbus at run time and the
bootloader loads libpython."""

KEPT_TRANSLATIONS = ("*_tr.qm",)
"""Qt's own catalogues only for the languages Connectly ships (mixing languages is worse than English)."""


def _dropped_plugin(name: str) -> bool:
    if not name.startswith(PLUGINS):
        return False
    rel = name[len(PLUGINS) :]
    return any(fnmatch.fnmatch(rel, pattern) for pattern in DROPPED_PLUGINS)


def _dropped_translation(name: str) -> bool:
    if not name.startswith("PySide6/Qt/translations/"):
        return False
    base = PurePosixPath(name).name
    return not any(fnmatch.fnmatch(base, pattern) for pattern in KEPT_TRANSLATIONS)


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED sonames of an ELF file (empty when it is not one)."""
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return [line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")]


def _is_library(entry: Entry) -> bool:
    name, _src, kind = entry
    return kind == "BINARY" and not name.startswith(PLUGINS) and ".so" in PurePosixPath(name).name


def prune_binaries(binaries: Iterable[Entry]) -> tuple[list[Entry], list[str]]:
    """Drop unused plugins, then every library no longer reachable; return (kept, dropped names)."""
    entries = list(binaries)
    if not sys.platform.startswith("linux"):
        return entries, []
    kept = [e for e in entries if not _dropped_plugin(e[0])]
    dropped = [e[0] for e in entries if _dropped_plugin(e[0])]
    libraries = {PurePosixPath(e[0]).name: e for e in kept if _is_library(e)}
    roots = [e for e in kept if not _is_library(e)]
    roots += [e for base, e in libraries.items() if base.startswith(DLOPENED)]
    reached: set[str] = set()
    queue = [e[1] for e in roots]
    seen_paths: set[str] = set()
    while queue:
        path = queue.pop()
        if path in seen_paths:
            continue
        seen_paths.add(path)
        for soname in needed_libraries(path):
            if soname in libraries and soname not in reached:
                reached.add(soname)
                queue.append(libraries[soname][1])
    reached.update(base for base in libraries if base.startswith(DLOPENED))
    result = []
    for entry in kept:
        if _is_library(entry) and PurePosixPath(entry[0]).name not in reached:
            dropped.append(entry[0])
        else:
            result.append(entry)
    return result, dropped


def prune_others(entries: Iterable[Entry], dropped: Iterable[str]) -> list[Entry]:
    """Drop Qt translations Connectly does not ship and symlinks to dropped libraries."""
    gone = {PurePosixPath(name).name for name in dropped}
    result = []
    for entry in entries:
        name, _src, kind = entry
        if _dropped_translation(name):
            continue
        if kind == "SYMLINK" and PurePosixPath(name).name in gone:
            continue
        result.append(entry)
    return result
