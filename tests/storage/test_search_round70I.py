"""Found by hand (session 70F): the reading pane's header shows a page's source, author and editor (来源：云南日报, moved
there by cleaning) and a notice's 文号 and 发文机关, but the library search found none of them: '云南日报' found nothing
although the header showed it. A search now finds a document by its header fields, in either script, the row naming
the field (its value the snippet), and a library indexed before reads its documents again once to know them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from reader.cli import main
from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

DOCS = {
    "news.txt": "全省春耕生产有序推进\n来源：云南日报\n作者：李明远\n2024-03-05 08:30\n"
                "记者从省农业农村厅获悉，全省春耕生产有序推进，各地抢抓农时，组织农民开展备耕。\n"
                "今年以来，全省落实粮食播种面积，确保粮食安全。\n责任编辑：王芳菲\n",
    "notice.txt": "关于进一步优化营商环境的通知\n国办发〔2020〕24号\n各省、自治区、直辖市人民政府，国务院各部委：\n"
                  "为深入贯彻落实党中央决策部署，持续优化营商环境，现通知如下。\n一、加强组织领导\n各地区要高度重视。\n"
                  "国务院办公厅\n2020年7月21日\n",
    "mention.txt": "读书笔记\n今天在图书馆读了几份报纸，其中有云南日报的一篇评论，讲的是春耕。\n",
}


def _library(folder, db_path) -> Library:
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(db_path)
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    lib = _library(folder, folder / "library.sqlite3")
    yield lib
    lib.close()


def _found(lib: Library, query: str) -> list[tuple[str, str, str]]:
    """(file name, field, the field's words found) of each hit, best first."""
    return [(h.path.rsplit("/", 1)[-1], h.field, h.snippet[h.snippet_hit[0]: sum(h.snippet_hit)])
            for h in search(lib.connection, query)]


@pytest.mark.parametrize("query, first", [
    ("云南日报", ("news.txt", "source", "云南日报")),
    ("雲南日報", ("news.txt", "source", "云南日报")),  # either script, as body text
    ("李明远", ("news.txt", "author", "李明远")),
    ("王芳菲", ("news.txt", "editor", "王芳菲")),
    ("国办发〔2020〕24号", ("notice.txt", "number", "国办发〔2020〕24号")),
    ("國辦發 2020", ("notice.txt", "number", "国办发")),  # every word in the header, the first one shown
    ("国务院办公厅", ("notice.txt", "authority", "国务院办公厅")),
])
def test_header_fields_find_the_document(library, query, first):
    assert _found(library, query)[0] == first


def test_a_header_hit_opens_at_the_top_and_ranks_before_a_mention(library):
    hits = search(library.connection, "云南日报")
    assert [h.path.rsplit("/", 1)[-1] for h in hits] == ["news.txt", "mention.txt"]  # the mention in its text after
    assert hits.total == 2
    assert hits[0].offset == -1 and hits[0].snippet == "云南日报" and hits[0].title == "全省春耕生产有序推进"
    assert hits[1].field == "" and hits[1].offset > 0  # found in its text, at the hit, as before


def test_cli_search_names_the_field(capsys, library, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["library", "search", "李明远", "--json"]) == 0
    (hit,) = [h for h in json.loads(capsys.readouterr().out) if h["path"].startswith(str(folder))]
    assert (hit["field"], hit["snippet"]) == ("author", "李明远")
    assert main(["library", "search", "李明远"]) == 0
    assert "\tauthor: 李明远\n" in capsys.readouterr().out


def test_a_library_indexed_before_reads_its_documents_again_once(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    db_path = tmp_path / "library.sqlite3"
    lib = _library(folder, db_path)
    db = lib.connection  # as an older zhreader left it: no byline kept, none read
    db.execute("DROP TABLE bylines")
    db.execute("DELETE FROM meta WHERE key = 'bylines'")
    lib.close()
    old = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)  # searched so (read only): its text, as before
    try:
        assert [(h.path.rsplit("/", 1)[-1], h.field) for h in search(old, "云南日报")] == [("mention.txt", "")]
    finally:
        old.close()
    lib = Library(db_path)
    try:
        pending = lib.connection.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0]
        assert pending == len(DOCS)
        assert importer.index_pending(lib) == len(DOCS)
        assert _found(lib, "李明远") == [("news.txt", "author", "李明远")]
    finally:
        lib.close()
    lib = Library(db_path)  # once: opened again, nothing is queued
    try:
        assert lib.connection.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0] == 0
    finally:
        lib.close()


def test_a_header_is_searched_in_either_regions_words(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("tw.txt", "電腦入門\n來源：軟體日報\n本文介紹鍵盤的用法。\n"),
                       ("mollusc.txt", "动物学笔记\n来源：软体动物研究\n本文介绍贝类。\n")):
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    try:
        importer.import_paths(lib, [str(folder)])
        importer.index_pending(lib)
        assert _found(lib, "软件") == [("tw.txt", "source", "軟體")]  # Taiwan's word, not 软体 of 软体动物
    finally:
        lib.close()
