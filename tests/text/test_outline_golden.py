"""End to end: real files through load_document give the outlines a careful reader wrote down (tests/data/outlines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.text.decode import read_file
from reader.text.document import load_document
from support import DATA, SEEDS, corpus_path

GOLDEN = sorted((DATA / "outlines").glob("*.json"))


def _source(golden: dict) -> Path:
    name = golden["file"]
    return SEEDS / name if (SEEDS / name).exists() else corpus_path(name)


def _load(golden_path: Path) -> tuple[dict, Path]:
    golden = json.loads(golden_path.read_text(encoding="utf-8"))
    return golden, _source(golden)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_seed_and_corpus_document_has_a_golden_outline():
    names = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in GOLDEN}
    assert {p.name for p in SEEDS.glob("*.txt")} <= names
    assert {"off06_state_council_1997_11.txt", "off01_beijing_gov_work_report.txt", "law01_prc_constitution.txt",
            "trad01_roc_constitution.txt", "web01_yunnan_gov_work_report_scraped.txt"} <= names


@pytest.mark.parametrize("golden_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_outline_matches_golden(golden_path):
    golden, source = _load(golden_path)
    doc = load_document(source)
    got = [{"depth": h.depth, "marker": h.marker, "title": h.title, "line": h.line} for h in doc.headings]
    assert got == golden["headings"]


@pytest.mark.parametrize("golden_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_heading_line_is_the_line_of_the_original_that_holds_it(golden_path):
    _, source = _load(golden_path)
    lines = read_file(source).text.split("\n")
    for h in load_document(source).headings:
        # A scrape may break a marker over two lines ('（' / '三）…'), so the heading starts on its line.
        held = _squeeze(lines[h.line - 1] + (lines[h.line] if h.line < len(lines) else ""))
        assert held.startswith(_squeeze(h.marker + (h.title if h.title != h.marker else "")))


@pytest.mark.parametrize("golden_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_heading_offsets_point_at_the_heading_in_the_cleaned_text(golden_path):
    _, source = _load(golden_path)
    doc = load_document(source)
    for h in doc.headings:
        part = _squeeze(doc.text[h.offset:h.end])
        assert part == _squeeze(h.marker + (h.title if h.title != h.marker else ""))
        assert h.offset == 0 or doc.text[h.offset - 1] == "\n"


@pytest.mark.parametrize("golden_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_document_title_is_not_a_heading(golden_path):
    golden, source = _load(golden_path)
    doc = load_document(source)
    titles = {_squeeze(h.title) for h in doc.headings}
    assert _squeeze(doc.title) not in titles
    if golden["title"]:  # the title a reader sees (cleaning's job to extract) is never an outline entry either
        assert _squeeze(golden["title"]) not in titles


MARKDOWN = """# 关于加强管理的意见

## 一、总体要求

坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。

（一）指导思想

各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题。

## 二、主要任务

### 重点工作

坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。
"""


def _html(markdown: str) -> str:
    """The same document as a saved web page, line for line."""
    lines = []
    for line in markdown.split("\n"):
        hashes = len(line) - len(line.lstrip("#"))
        if hashes:
            lines.append(f"<h{hashes}>{line[hashes:].strip()}</h{hashes}>")
        else:
            lines.append(f"<p>{line}</p>" if line else "")
    return "<html><head><title>关于加强管理的意见</title></head><body>" + "\n".join(lines) + "</body></html>"


@pytest.mark.parametrize("name, data", [("guide.md", MARKDOWN), ("guide.html", _html(MARKDOWN))])
def test_format_headings_end_to_end(name, data):
    from support import parse_document

    doc = parse_document(data.encode("utf-8"), name=name)
    got = [(h.depth, h.marker, h.title, h.line) for h in doc.headings]
    assert got == [(1, "一、", "总体要求", 3), (2, "（一）", "指导思想", 7), (1, "二、", "主要任务", 11),
                   (2, "", "重点工作", 13)]
