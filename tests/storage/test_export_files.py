"""Exports are atomic and owner-only (SECURITY.md promises 12 and 19)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from connectly.services.export_files import ExportFailedError, write_export, write_text_export


def test_an_export_interrupted_midway_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"%PDF-1.4 half a report")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        write_export(target, half_then_fail)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        write_export(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_exports_are_0600_under_umask_022_even_over_a_world_readable_file(tmp_path: Path) -> None:
    os.umask(0o022)
    target = tmp_path / "data.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    written = write_text_export(target, "day,partner\n")
    assert written == target.absolute()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "day,partner\n"


def test_a_missing_folder_or_a_folder_as_target_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(ExportFailedError, match="does not exist"):
        write_text_export(tmp_path / "nope" / "x.csv", "x")
    with pytest.raises(ExportFailedError, match="is a folder"):
        write_text_export(tmp_path, "x")
