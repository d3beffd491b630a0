"""Round 64A: the text pipeline compiles its module-level patterns on first use, not when the first open imports it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.text.lazyre import LazyPattern, lazy

REPO = Path(__file__).resolve().parents[2]

# What the window's first open imports on its worker (reader.documents' load_for_reading and outline_of), each
# re.compile a reader module calls while importing them counted through a wrapped re.compile in a fresh interpreter.
_COUNT = r"""
import re, sys
calls = []
compile_ = re.compile
def counting(pattern, flags=0):
    if sys._getframe(1).f_globals.get("__name__", "").startswith("reader.text"):
        calls.append(pattern)
    return compile_(pattern, flags)
re.compile = counting
import reader.documents, reader.text.decode, reader.text.document, reader.text.display, reader.text.script
import reader.text.official
print(len(calls))
"""


def test_importing_the_open_path_compiles_no_text_pattern() -> None:
    out = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True, check=True, cwd=REPO,
                         env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert int(out.stdout.split()[-1]) == 0  # 520 before: each module compiled its patterns as it was imported


_CASES = [  # (pattern, flags, method, args)
    (r"第([一二三四五六七八九十]+)章", 0, "match", ("第三章 总则",)),
    (r"第([一二三四五六七八九十]+)章", 0, "match", ("总则",)),
    (r"[ \t]+$", 0, "sub", ("", "标题  \t")),
    (r"(?P<n>\d+)[.．]", 0, "search", ("见 12．附录",)),
    (r"abc", re.IGNORECASE, "fullmatch", ("ABC",)),
    (r"[，,]", 0, "split", ("甲，乙,丙",)),
    (rb"charset=([A-Za-z0-9_-]+)", 0, "search", (b"<meta charset=gbk>",)),
]


@pytest.mark.parametrize("pattern, flags, method, args", _CASES)
def test_lazy_pattern_answers_as_the_compiled_one(pattern, flags, method, args) -> None:
    got = getattr(lazy(pattern, flags), method)(*args)
    want = getattr(re.compile(pattern, flags), method)(*args)
    if isinstance(want, re.Match):
        assert got is not None and (got.span(), got.groups()) == (want.span(), want.groups())
    else:
        assert got == want


@pytest.mark.parametrize("attribute", ["pattern", "flags", "groups", "groupindex"])
def test_lazy_pattern_attributes(attribute: str) -> None:
    assert getattr(lazy(r"(?P<a>x)(y)", re.M), attribute) == getattr(re.compile(r"(?P<a>x)(y)", re.M), attribute)


def test_lazy_pattern_compiles_once_and_only_on_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    compile_ = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: compiled.append(p) or compile_(p, f))
    pattern = lazy(r"x+")
    assert isinstance(pattern, LazyPattern) and pattern.pattern == "x+" and compiled == []
    assert [pattern.search("axx").group(), pattern.match("x").group(), pattern.search("xxx").group()] == \
        ["xx", "x", "xxx"]
    assert compiled == ["x+"]


def test_lazy_pattern_refuses_dunders() -> None:
    with pytest.raises(AttributeError):
        lazy("x").__reduce_ex_missing__  # noqa: B018 (a probe such as copy's must not compile or find anything)
