"""The one-line message when the X11 plugin's system libraries are missing (checked before Qt starts)."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from reader import platform_check
from reader.platform_check import missing_libraries, parse_ldd, uses_xcb, xcb_plugin

LDD = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f74)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f73)
"""


def test_ldd_output_gives_the_missing_libraries_once_each():
    assert parse_ldd(LDD) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert parse_ldd("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_xcb_is_checked_only_when_qt_will_use_it():
    assert uses_xcb({"DISPLAY": ":0"}) == sys.platform.startswith("linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}) == sys.platform.startswith("linux")


def test_every_library_reported_missing_really_cannot_be_loaded():
    plugin = xcb_plugin()
    for name in missing_libraries(plugin) if plugin is not None else []:
        with pytest.raises(OSError):
            ctypes.CDLL(name)  # a machine without X libraries (a new CI box) names them; one with them names none


def test_the_check_does_not_import_qt():
    code = ("import sys; from reader.platform_check import xcb_problem; xcb_problem(); "
            "assert not any(m.startswith('PySide6.Qt') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_zhreader_says_what_is_missing_in_one_line_and_exits_1(monkeypatch, capsys):
    from reader import app

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: ["libxcb-cursor.so.0"])
    if xcb_plugin() is None or not sys.platform.startswith("linux"):
        return
    assert app.run([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libxcb-cursor.so.0" in err
