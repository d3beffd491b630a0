"""Asked for after session 70 (70I): the library search finds a document by its header ('云南日报' finds the page
whose header says 来源：云南日报), but a search of several words where one is in the header and another in the title
or the text ('云南日报 粮食', '国办发 疫情', an issuer beside a subject word) found nothing, or only the documents
with every word in their text. Each word may now be in the title, a header field or the text; the hit says where
each was found, and ranks: all in the title, then title and header, then header alone, then with the text, then
the text alone."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

DOCS = {
    "news.txt": "全省春耕生产有序推进\n来源：云南日报\n作者：李明远\n2024-03-05 08:30\n"
                "记者从省农业农村厅获悉，全省春耕生产有序推进，各地抢抓农时。\n"
                "今年以来，全省落实粮食播种面积，加强监督检查。\n责任编辑：王芳菲\n",
    "farm.txt": "各地农事动态\n来源：云南日报\n各地春耕进展顺利，农民忙着备耕。\n",
    "mention.txt": "读书笔记\n今天读了云南日报的一篇评论，讲的是春耕、粮食生产和监督检查。\n",
    "titled.txt": "云南日报春耕报道汇编\n本书收录各地的报道。\n",
    "notice.txt": "关于做好疫情防控工作的通知\n国办发〔2020〕24号\n各省、自治区、直辖市人民政府：\n"
                  "为做好相关工作，现通知如下。\n一、加强组织领导\n各地区要高度重视。\n国务院办公厅\n2020年7月21日\n",
    "cited.txt": "学习体会\n按照国办发〔2020〕24号文件要求，我们认真做好疫情防控。\n",
    "minutes.txt": "人大监督工作纪要\n会议审议了年度计划。\n",
    "tw.txt": "電腦入門\n來源：軟體日報\n本文介紹鍵盤的用法。\n",
    "mollusc.txt": "动物学笔记\n来源：软体动物研究\n本文介绍贝类。\n",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(folder / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    yield lib
    lib.close()


def _found(lib: Library, query: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """(file name, where each word was found) of each hit, best first."""
    return [(h.path.rsplit("/", 1)[-1], h.found) for h in search(lib.connection, query)]


@pytest.mark.parametrize("query, expected", [
    # every word in the title; then title and header; then header and text; then the text alone
    ("云南日报 春耕", [("titled.txt", ()), ("news.txt", (("source", "云南日报"), ("title", "春耕"))),
                   ("farm.txt", (("source", "云南日报"), ("text", "春耕"))), ("mention.txt", ())]),
    ("雲南日報 糧食", [("news.txt", (("source", "云南日报"), ("text", "粮食"))), ("mention.txt", ())]),  # either script
    ("国办发 疫情", [("notice.txt", (("number", "国办发"), ("title", "疫情"))), ("cited.txt", ())]),
    ("国务院办公厅 防控", [("notice.txt", (("authority", "国务院办公厅"), ("title", "防控")))]),
    ("李明远 监督", [("news.txt", (("author", "李明远"), ("text", "监督")))]),
    ("王芳菲 李明远 粮食", [("news.txt", (("editor", "王芳菲"), ("author", "李明远"), ("text", "粮食")))]),
    ("监督 年度", [("minutes.txt", (("title", "监督"), ("text", "年度")))]),  # a word only in the title
    ("软件 键盘", [("tw.txt", (("source", "軟體"), ("text", "鍵盤")))]),  # Taiwan's word, in its own script
])
def test_words_in_the_header_title_and_text_find_the_document(library, query, expected):
    assert _found(library, query) == expected


@pytest.mark.parametrize("found, not_found", [
    ("软件 键盘", "软件 贝类"),  # 软体 of 软体动物 is not Taiwan's 软件, in a header as in the text
    ("云南日报 粮食", "云南日报 疫情"),  # a word in no place of the document
    ("李明远 春耕 粮食", "李明远 春耕 年度"),  # every word in the one document: 年度 is in another
])
def test_each_word_must_be_in_the_document_and_not_inside_a_longer_word(library, found, not_found):
    assert _found(library, found) and _found(library, not_found) == []


def test_a_mixed_hit_opens_at_its_text_hit_or_its_top(library):
    news, mention = search(library.connection, "云南日报 粮食")
    assert news.offset > 0 and news.snippet[news.snippet_hit[0]: sum(news.snippet_hit)] == "粮食"
    assert news.field == ""  # opened at the text hit, as a text hit is
    (notice,) = search(library.connection, "国务院办公厅 防控")
    assert (notice.offset, notice.field, notice.snippet) == (-1, "authority", "国务院办公厅")  # at its top
    assert search(library.connection, "云南日报 春耕").total == 4


def test_cli_search_says_where_each_word_was_found(capsys, library, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["library", "search", "李明远", "监督", "--json"]) == 0
    (hit,) = [h for h in json.loads(capsys.readouterr().out) if h["path"].startswith(str(folder))]
    assert hit["found"] == [{"in": "author", "word": "李明远"}, {"in": "text", "word": "监督"}]
    assert main(["library", "search", "国务院办公厅", "防控"]) == 0
    assert "\tauthority: 国务院办公厅 · title: 防控\n" in capsys.readouterr().out
    assert main(["library", "search", "李明远", "监督"]) == 0
    assert "监督检查。\n\tauthor: 李明远 · text: 监督\n" in capsys.readouterr().out
