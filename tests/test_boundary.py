"""The pure layers must import and run with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys

from support import REPO

_BLOCKED = "import sys; sys.modules['PySide6'] = None\n"


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BLOCKED + code], capture_output=True, text=True, cwd=REPO, timeout=120)


def test_blocking_really_blocks():
    result = _run("import PySide6.QtWidgets")
    assert result.returncode != 0


def test_pure_packages_import_without_qt():
    code = (
        "import importlib, pkgutil, reader.text, reader.storage\n"
        "for pkg in (reader.text, reader.storage):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import reader.settings, reader.paths, reader.cli, reader.documents\n"
        "print('ok')\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_runs_without_qt():
    seed = sorted((REPO / "seeds").glob("*.txt"))[0]
    result = _run(f"from reader.cli import main; raise SystemExit(main(['info', {str(seed)!r}, '--json']))")
    assert result.returncode == 0, result.stderr
    assert '"encoding"' in result.stdout
