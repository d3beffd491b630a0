"""The headless commands end to end: output shapes, cross-consistency between commands, errors, and imports.

Decoding, cleaning, outline and conversion have their own exact tests; here the commands are checked for what
they promise about each other (offsets index into `clean` output, counts agree, scripts are interchangeable).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest
from support import CORPUS, REPO, seed, seed_paths

from reader.cli import main
from reader.text.fold import fold

SEEDS = seed_paths()
SCRIPTS = {"simplified", "traditional", "mixed", "unknown"}
INFO_KEYS = {"encoding", "script", "title", "source", "date", "author", "editor", "chars", "headings", "removed", "moved_to_header",
             "garbled", "official", "shown", "listed"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_PINYIN_NOTE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _ids(path) -> str:
    return path.name[:3]


def run(capsys, monkeypatch, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """main() in process, as the shell would call it; returns (status, stdout, stderr)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def cli(capsys, monkeypatch):
    """run() bound to the test's capture; raises on failure so each call reads as one line."""

    def call(*args: str, stdin: bytes | None = None) -> str:
        status, out, err = run(capsys, monkeypatch, *args, stdin=stdin)
        assert status == 0, err
        assert err == ""
        return out

    return call


@pytest.fixture
def cli_json(cli):
    return lambda *args, stdin=None: json.loads(cli(*args, "--json", stdin=stdin))


def _cleaned(cli, path) -> str:
    """The text every offset refers to: `zhreader clean FILE` without its final newline."""
    out = cli("clean", str(path))
    assert out.endswith("\n")
    return out[:-1]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- info ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=_ids)
def test_info_json_fields(cli, cli_json, path):
    info = cli_json("info", str(path))
    assert set(info) == INFO_KEYS
    for key in ("encoding", "title", "source", "date", "author", "editor"):
        assert isinstance(info[key], str), key
    for key in ("chars", "headings", "removed", "moved_to_header", "garbled"):
        assert isinstance(info[key], int) and not isinstance(info[key], bool) and info[key] >= 0, key
    assert info["encoding"].replace("_", "-").lower().startswith("utf-8")
    assert info["script"] in SCRIPTS
    assert info["chars"] == len(_cleaned(cli, path)) > 1000
    assert info["headings"] == len(cli_json("outline", str(path))["headings"])
    clean = cli_json("clean", str(path))
    moved = sum(item["reason"] == "meta" for item in clean["removed"])  # shown in the header, not removed
    assert (info["removed"], info["moved_to_header"]) == (len(clean["removed"]) - moved, moved)
    assert info["garbled"] == len(clean["garbled"])
    assert info["title"] == clean["title"]


@pytest.mark.parametrize(("prefix", "script"), [("000", "simplified"), ("002", "traditional"), ("004", "traditional")])
def test_info_script(cli_json, prefix, script):
    assert cli_json("info", str(seed(prefix)))["script"] == script


def test_info_plain_lists_the_same_fields(cli, cli_json):
    path = str(seed("001"))
    info = cli_json("info", path)
    lines = cli("info", path).splitlines()
    assert [line.split(":", 1)[0] for line in lines] == list(info)
    assert f"chars: {info['chars']}" in lines


# --- clean ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=_ids)
def test_clean_plain_and_json_agree(cli, cli_json, path):
    text = _cleaned(cli, path)
    data = cli_json("clean", str(path))
    assert {"title", "source", "date", "author", "editor", "paragraphs", "removed"} <= set(data)
    assert all(isinstance(p, str) and p.strip() for p in data["paragraphs"])
    assert "\n".join(data["paragraphs"]) == text
    for item in data["removed"]:
        assert isinstance(item["reason"], str) and item["reason"]
        assert isinstance(item["line"], int) and item["line"] >= 1
        assert isinstance(item["text"], str)
    if data["title"]:
        assert not text.startswith(data["title"] + "\n")  # the title is a field, not the first paragraph


def test_clean_gb18030_from_stdin_matches_the_utf8_file(cli):
    path = seed("000")
    data = path.read_text(encoding="utf-8").encode("gb18030")
    assert cli("clean", "-", stdin=data) == cli("clean", str(path))


# --- outline -------------------------------------------------------------------------------------------------

OUTLINED = SEEDS + [CORPUS / "law01_prc_constitution.txt", CORPUS / "trad01_roc_constitution.txt"]


@pytest.mark.parametrize("path", OUTLINED, ids=lambda p: p.stem[:5])
def test_outline_json_is_flat_ordered_and_anchored(cli, cli_json, path):
    if not path.exists():
        pytest.skip(f"{path.name} not available")
    data = cli_json("outline", str(path))
    assert set(data) == {"title", "headings"}
    assert isinstance(data["title"], str)
    headings = data["headings"]
    cleaned = _cleaned(cli, path)
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    previous = (-1, 0)
    for h in headings:
        assert set(h) == {"depth", "marker", "title", "line", "offset"}
        assert isinstance(h["depth"], int) and h["depth"] >= 1
        assert isinstance(h["marker"], str) and isinstance(h["title"], str) and (h["marker"] or h["title"])
        assert (h["offset"], h["line"]) > previous  # document order, one entry per place
        assert h["offset"] >= previous[0] and h["line"] >= previous[1]
        previous = (h["offset"], h["line"])
        at = cleaned[h["offset"]:]
        assert h["offset"] == 0 or cleaned[h["offset"] - 1] == "\n"  # headings start paragraphs
        line_text = _squeeze(at.split("\n", 1)[0])
        assert line_text.startswith(_squeeze(h["marker"])), (h, line_text[:30])
        assert _squeeze(h["title"]) in line_text, (h, line_text[:30])
        original = _squeeze(_PINYIN_NOTE.sub("", raw_lines[h["line"] - 1]))
        assert _squeeze(h["marker"] + h["title"])[:2] in original, (h, original[:30])


def test_outline_plain_indents_by_depth(cli, cli_json):
    path = str(seed("000"))
    data = cli_json("outline", path)
    assert data["headings"]
    lines = cli("outline", path).splitlines()
    body = lines[1:] if data["title"] else lines
    assert len(body) == len(data["headings"])
    for line, h in zip(body, data["headings"]):
        indent = len(line) - len(line.lstrip(" "))
        assert indent == 2 * h["depth"]
        assert h["title"] in line


# --- convert -------------------------------------------------------------------------------------------------


def _traditional_share(text: str) -> float:
    han = _HAN.findall(text)
    return sum(fold(c) != c for c in han) / max(1, len(han))


def test_convert_cleaned_text(cli):
    path = str(seed("002"))
    cleaned = cli("clean", path)
    converted = cli("convert", "--config", "t2s", path)
    assert _traditional_share(cleaned) > 0.2
    assert _traditional_share(converted) < 0.01
    assert converted.count("\n") == cleaned.count("\n")
    # converting the cleaned text given on standard input is the same as converting the file
    assert cli("convert", "--config", "t2s", "--raw", "-", stdin=cleaned.encode("utf-8")) == converted


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_convert_raw_keeps_the_file_line_for_line(cli, prefix):
    path = seed(prefix)
    lines = path.read_text(encoding="utf-8").splitlines()
    config = "t2s" if prefix == "002" else "s2t"
    out = cli("convert", "--config", config, "--raw", str(path)).splitlines()
    assert len(out) == len(lines)
    for before, after in zip(lines, out):
        assert _HAN.sub("", before) == _HAN.sub("", after)  # punctuation, digits, pinyin notes stay in place
    assert len("\n".join(out)) > len(cli("clean", str(path)))  # nothing was cleaned away
    share = _traditional_share("\n".join(out))
    assert share < 0.01 if config == "t2s" else share > 0.2


def test_convert_standard_input(cli):
    assert cli("convert", "--config", "s2t", "--raw", "-", stdin="发展和监督\n第二行\n".encode()) == "發展和監督\n第二行\n"
    assert cli("convert", "--config", "s2twp", "--raw", "-", stdin="软件".encode()) == "軟體\n"


# --- keywords ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def _shared_home(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-home")


@pytest.fixture
def same_home(monkeypatch, _shared_home):
    """One ZHREADER_HOME for the keyword tests, so jieba's tokenizer is loaded once."""
    monkeypatch.setenv("ZHREADER_HOME", str(_shared_home))
    return _shared_home


def test_keywords_json_and_plain(cli, cli_json, same_home):
    path = str(seed("004"))
    words = cli_json("keywords", path, "-n", "7")
    assert isinstance(words, list) and 1 <= len(words) <= 7
    cleaned = _PINYIN_NOTE.sub("", _cleaned(cli, path))  # notes are the cleaner's to remove, not the keywords'
    for word in words:
        assert isinstance(word, str) and len(word) >= 2 and word in cleaned
    assert cli("keywords", path, "-n", "3").splitlines() == words[:3]
    assert list((same_home / "cache").glob("jieba*.cache"))  # the tokenizer's cache is ours, not /tmp's


# --- find ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_find_spans_index_into_clean_output_in_either_script(cli, cli_json, prefix):
    path = str(seed(prefix))
    cleaned = _cleaned(cli, path)
    words = ["人大", "建设", "建設", "机关", "機關", "常委会", "不存在的词"]
    found = cli_json("find", path, *words)
    assert list(found) == words
    assert found["建设"] == found["建設"] and found["建设"]
    assert found["机关"] == found["機關"] and found["机关"]
    assert found["不存在的词"] == []
    for word, spans in found.items():
        for start, end in spans:
            assert fold(cleaned[start:end]) == fold(word)
    total = sum(1 for _ in re.finditer(re.escape(fold("常委会")), fold(cleaned)))
    assert len(found["常委会"]) == total > 0


def test_find_plain_and_stdin(cli):
    text = "人大监督。\n人大監督与𠮷。\n"
    out = cli("find", "-", "监督", "𠮷", stdin=text.encode("utf-8"))
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[0] for r in rows] == ["监督", "𠮷"]
    cleaned = cli("clean", "-", stdin=text.encode("utf-8"))[:-1]
    for word, count, spans in rows:
        found = [tuple(map(int, s.split("-"))) for s in spans.split()]
        assert len(found) == int(count) >= 1
        for start, end in found:
            assert fold(cleaned[start:end]) == fold(word)


# --- standard input ------------------------------------------------------------------------------------------


def test_stdin_gives_the_same_document_as_the_file(cli_json):
    path = seed("003")
    from_file = cli_json("info", str(path))
    from_stdin = cli_json("info", "-", stdin=path.read_bytes())
    for key in ("encoding", "script", "chars", "headings", "removed", "garbled"):
        assert from_stdin[key] == from_file[key], key
    assert cli_json("outline", "-", stdin=path.read_bytes())["headings"] == cli_json("outline", str(path))["headings"]


# --- errors --------------------------------------------------------------------------------------------------


def _error_cases(tmp_path):
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    text = str(seed("000"))
    missing = str(tmp_path / "nowhere.txt")
    return {
        "missing": (["info", missing, "--json"], None),
        "missing-clean": (["clean", missing], None),
        "folder": (["outline", str(tmp_path)], None),
        "binary": (["info", str(binary), "--json"], None),
        "binary-stdin": (["clean", "-"], b"\x00\x01\x02\x00" * 100),
        "n-zero": (["keywords", text, "-n", "0"], None),
        "n-negative": (["keywords", text, "-n", "-3"], None),
        "n-not-a-number": (["keywords", text, "-n", "many"], None),
        "unknown-config": (["convert", "--config", "x2y", text], None),
        "no-config": (["convert", text], None),
        "no-file": (["find"], None),
        "unknown-option": (["info", text, "--colour"], None),
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "missing-clean", "folder", "binary", "binary-stdin", "n-zero", "n-negative", "n-not-a-number",
     "unknown-config", "no-config", "no-file", "unknown-option"],
)
def test_errors_are_one_line(capsys, monkeypatch, tmp_path, case):
    args, stdin = _error_cases(tmp_path)[case]
    status, out, err = run(capsys, monkeypatch, *args, stdin=stdin)
    assert status != 0
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("zhreader")


def test_error_messages_name_the_problem(capsys, monkeypatch, tmp_path):
    cases = _error_cases(tmp_path)
    for case, expected in [("missing", "nowhere.txt"), ("unknown-config", "x2y"), ("n-not-a-number", "many")]:
        args, stdin = cases[case]
        assert expected in run(capsys, monkeypatch, *args, stdin=stdin)[2]


def test_help_and_version_exit_cleanly(capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--help")
    assert status == 0 and all(name in out for name in ("info", "clean", "outline", "convert", "keywords", "find"))
    status, out, _ = run(capsys, monkeypatch, "--version")
    assert status == 0 and out.startswith("zhreader ")


# --- real processes ------------------------------------------------------------------------------------------


def _python(*args: str, stdin: bytes | None = None, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, cwd=REPO, timeout=120,
        env={**__import__("os").environ, **env},
    )


def test_python_m_reader_subprocess():
    path = seed("002")
    result = _python("-m", "reader", "find", "-", "监督", "--json", stdin=path.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    found = json.loads(result.stdout.decode("utf-8"))
    assert list(found) == ["监督"] and all(len(span) == 2 for span in found["监督"])
    result = _python("-m", "reader", "info", str(path.with_name("missing.txt")))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err and "missing.txt" in err


_MODULES_PROBE = """
import contextlib, io, json, sys
from reader.__main__ import main
path = sys.argv[1]
heavy = lambda: sorted(m for m in ("jieba", "opencc", "PySide6") if m in sys.modules)
report = {}
for args in (["info", path, "--json"], ["outline", path, "--json"], ["clean", path], ["find", path, "监督", "--json"],
             ["convert", "--config", "s2t", path], ["keywords", path, "-n", "3"]):
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(args)
    report[args[0]] = [status, heavy()]
print(json.dumps(report))
"""


def test_light_commands_load_neither_jieba_nor_opencc_and_none_loads_qt(tmp_path):
    result = _python("-c", _MODULES_PROBE, str(seed("001")), ZHREADER_HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    for command in ("info", "outline", "clean", "find"):
        assert report[command] == [0, []], (command, report)
    for command in ("convert", "keywords"):
        assert report[command][0] == 0
        assert "PySide6" not in report[command][1]
    assert "jieba" in report["keywords"][1]
