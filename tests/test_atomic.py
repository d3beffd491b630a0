"""write_through, the one atomic write: old or new file, never half of one, no temporary file left behind."""

from __future__ import annotations

import os
import stat

import pytest

from reader.atomic import write_atomically, write_through


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"old")

    def half_then_fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_through(target, half_then_fail, suffix=".pdf")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["报告.pdf"]


def test_the_writer_sees_the_suffix_and_the_result_replaces_the_target(tmp_path):
    target = tmp_path / "out.pdf"
    seen = []
    write_through(target, lambda tmp: (seen.append(tmp.suffix), tmp.write_bytes(b"%PDF")), suffix=".pdf")
    assert seen == [".pdf"] and target.read_bytes() == b"%PDF" and len(list(tmp_path.iterdir())) == 1


def test_a_shared_file_gets_a_user_files_permissions_and_the_readers_own_stay_private(tmp_path):
    umask = os.umask(0o022)
    try:
        write_through(tmp_path / "export.txt", lambda tmp: tmp.write_text("文"), shared=True)
        write_atomically(tmp_path / "settings.json", "{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "export.txt").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "settings.json").stat().st_mode) == 0o600
