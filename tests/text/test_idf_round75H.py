"""jieba's IDF table is parsed once and then read from the user's cache folder (reader.text.idf): the keyword child
read 270,000 lines of text on every start before the first suggestions."""

from __future__ import annotations

import os

import pytest

from reader.text import idf

SOURCE = "监督 8.5\n人大 7.25\n\n坏行\n履职 9.75\n"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "idf.txt"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def _no_parse(monkeypatch):
    monkeypatch.setattr(idf, "parsed", lambda _source: pytest.fail("parsed again"))


def test_parsed_once_then_read_from_the_cache(source, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = idf.idf_table(source, cache)
    assert first == ({"监督": 8.5, "人大": 7.25, "履职": 9.75}, 8.5)
    assert (cache / idf.CACHE_NAME).is_file()
    _no_parse(monkeypatch)
    assert idf.idf_table(source, cache) == first


def test_a_changed_table_is_parsed_again(source, tmp_path):
    cache = tmp_path / "cache"
    idf.idf_table(source, cache)
    source.write_text(SOURCE + "政绩观 11.5\n", encoding="utf-8")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    assert idf.idf_table(source, cache)[0]["政绩观"] == 11.5


@pytest.mark.parametrize("damage", [b"", b"\x00\x01", "cut"])
def test_a_damaged_cache_is_parsed_again_and_replaced(source, tmp_path, damage, monkeypatch):
    cache = tmp_path / "cache"
    first = idf.idf_table(source, cache)
    kept = cache / idf.CACHE_NAME
    kept.write_bytes(kept.read_bytes()[:-3] if damage == "cut" else damage)
    assert idf.idf_table(source, cache) == first
    assert idf.idf_table(source, None) == first  # (no cache folder: parsed)
    _no_parse(monkeypatch)
    assert idf.idf_table(source, cache) == first  # the damaged copy was replaced


def test_jieba_table_through_the_cache_is_the_parsed_one(tmp_path):
    jieba = pytest.importorskip("jieba")
    from reader.text.keywords import _idf_file

    path = _idf_file(jieba)
    table, median = idf.idf_table(path, tmp_path)
    assert (table, median) == idf.parsed(path) and len(table) > 100_000
    assert idf.idf_table(path, tmp_path) == (table, median)
