"""Session 62B, the library search at scale: it ranked only the first candidates found (the newest 50 titles, the
newest ~200 texts), so in a library of thousands the document where the phrase matters most (in its title, or
many times) could be missing from the results, and the count said only 'more than 50'. Now every match is ranked
and counted (search() returns a Found list with .total and .exact)."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import Found, search

FILLER = "本市各有关部门认真落实各项工作要求，推动工作取得实效。"


def _text(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def _library(tmp_path, texts: list[str]) -> Library:
    """Added one at a time, oldest first: the first text has the lowest id (the old search read newest first)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    lib = Library(tmp_path / "library.sqlite3")
    for i, text in enumerate(texts):
        path = folder / f"{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        importer.import_paths(lib, [str(path)])
    importer.index_pending(lib)
    return lib


# Each case: the texts (oldest first), the query, the limit, the title expected first, the total, exact.
ONCE = [_text(f"第{i}号工作简报", FILLER * 3 + "加强监督。" + FILLER * 3) for i in range(30)]
CASES = {
    "title hit oldest of many": (
        [_text("监督办法", FILLER)] + [_text(f"关于第{i}批基层单位监督工作情况的通报", FILLER) for i in range(30)],
        "监督", 5, "监督办法", 31, True),
    "densest text among the newest read, not the first found": (
        ONCE[:23] + [_text("工作简报（特刊）", "监督检查。" * 40)] + ONCE[23:], "监督", 5, "工作简报（特刊）", 31, True),
    "densest of a long phrase": (
        [_text("工作简报（特刊）", "依法行政监督。" * 40)] + [_text(f"第{i}号工作简报", FILLER + "依法行政监督。" + FILLER * 6)
                                                 for i in range(30)], "依法行政监督", 5, "工作简报（特刊）", 31, True),
    "the shorter title, the more it is about it": (
        [_text("监督办法", FILLER), _text("关于进一步加强和改进新时代监督工作体制机制建设的若干意见", FILLER)] + ONCE,
        "监督", 5, "监督办法", 32, True),
    "pairs all there, the phrase not": (
        [_text(f"简报{i}", "行政监督。依法。法行。" + FILLER) for i in range(20)] + [_text("依法行政监督通知", FILLER)],
        "依法行政", 5, "依法行政监督通知", 1, True),
}


@pytest.mark.parametrize("texts, query, limit, first, total, exact", CASES.values(), ids=CASES.keys())
def test_the_best_of_every_match_comes_first_and_all_are_counted(tmp_path, texts, query, limit, first, total,
                                                                  exact):
    lib = _library(tmp_path, texts)
    found = search(lib.connection, query, limit=limit)
    assert isinstance(found, Found)
    assert found[0].title == first
    assert len(found) == min(limit, total)
    assert (found.total, found.exact) == (total, exact)


LEFT_ALONE = {
    "fewer than the limit": ([_text("监督办法", FILLER), _text("简报", "加强监督。")], "监督", 50, 2),
    "nothing": ([_text("简报", FILLER)], "监督", 50, 0),
    "a filter alone counts too": ([_text(f"国务院关于监督的通知{i}", "国务院\n国发〔2020〕1号\n" + FILLER) for i in range(4)],
                                  "标题:通知", 2, 4),
}


@pytest.mark.parametrize("texts, query, limit, total", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_counts_where_all_were_shown_before(tmp_path, texts, query, limit, total):
    lib = _library(tmp_path, texts)
    found = search(lib.connection, query, limit=limit)
    assert len(found) == min(limit, total) and found.total == total and found.exact


def test_a_title_hit_still_shows_its_first_hit_in_the_text(tmp_path):
    lib = _library(tmp_path, [_text("关于加强监督工作的意见", FILLER + "强化监督检查。")] + ONCE[:3])
    hit = search(lib.connection, "监督", limit=2)[0]
    assert hit.title == "关于加强监督工作的意见"
    assert "监督" in hit.snippet[hit.snippet_hit[0]: hit.snippet_hit[0] + hit.snippet_hit[1]]


@pytest.mark.parametrize("most", [500, 1])  # folded once per distinct value; row by row past MOST_VALUES
@pytest.mark.parametrize("query, total", [
    ("机关:国务院", 2), ("機關:國務院", 2), ("机关:教育", 1), ("机关:财政", 0),
    ("机关:国务院 监督", 2), ("机关:国务院 监督管理", 1), ("种类:通知", 3),
])
def test_a_filter_on_repeating_values_finds_both_scripts(tmp_path, monkeypatch, most, query, total):
    from reader.storage import search as module

    monkeypatch.setattr(module, "MOST_VALUES", most)
    lib = _library(tmp_path, [_text("关于监督管理的通知", FILLER), _text("关于監督的通知", FILLER),
                              _text("关于监督检查的通知", FILLER)])
    with lib.connection as db:
        for doc_id, authority in zip(sorted(r[0] for r in db.execute("SELECT id FROM documents")),
                                     ("國務院辦公廳", "国务院", "教育部")):
            db.execute("UPDATE documents SET authority = ?, kind = '通知' WHERE id = ?", (authority, doc_id))
    found = search(lib.connection, query, limit=1)
    assert found.total == total and found.exact and len(found) == min(1, total)
