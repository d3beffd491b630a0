"""Starting the window where there is no display gives one clear line, not a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland display check")
def test_no_display_is_one_line_and_non_zero(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ZHREADER_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "reader"], capture_output=True, text=True, env=env,
                            cwd=REPO, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "display" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_name_on_the_command_line_names_no_file():
    """'zhreader "$f"' with f unset: Path('') is the current folder, which the window then added to the library whole
    (and a second start handed it to the first)."""
    from reader.app import _files

    assert _files(["", "  ", "a.txt", "--verbose"]) == [Path("a.txt")]
