"""Found by hand (session 66W): searching a file's name ('astral' for docs/astral_law.txt) found nothing, though
the document list shows the name. A word in a document's file name (its extension left out) now finds it, in either
script and any case, listed with the title hits, the name it was found in given with the hit."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

FILES = {
    "astral_law.txt": "中华人民共和国民法典\n\n第一条　为了保护民事主体的合法权益，制定本法。\n",
    "監督辦法.txt": "关于加强管理的意见\n\n一、总体要求\n推进依法行政。\n",
    "notes.txt": "工作笔记\n\n加强监督，依法行政。监督到位。\n",
    "2019_report.txt": "年度报告\n\n本年度各项工作取得实效，2019年的任务完成。\n",
}


@pytest.fixture
def lib(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    library = Library(tmp_path / "library.sqlite3")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
        importer.import_paths(library, [str(folder / name)])
    importer.index_pending(library)
    yield library
    library.close()


def _names(found) -> list[str]:
    return [hit.path.rsplit("/", 1)[-1] for hit in found]


@pytest.mark.parametrize("query", ["astral", "ASTRAL", "law", "astral law", "Ａｓｔｒａｌ"])
def test_a_word_of_the_file_name_finds_the_document(lib, query):
    found = search(lib.connection, query)
    assert _names(found) == ["astral_law.txt"]
    assert found[0].name == "astral_law.txt" and found[0].offset == -1  # not in its text: the title is shown
    assert found.total == 1


def test_the_name_counts_in_either_script_and_ranks_with_the_titles(lib):
    found = search(lib.connection, "监督")  # 監督辦法.txt by its name, notes.txt by its text (twice)
    assert _names(found) == ["監督辦法.txt", "notes.txt"]
    assert found[0].name == "監督辦法.txt" and found[1].name == "" and found[1].offset >= 0
    assert found.total == 2


def test_the_name_without_its_extension_and_folders_finds_it(lib):
    assert _names(search(lib.connection, "report")) == ["2019_report.txt"]
    assert list(search(lib.connection, "txt")) == []
    assert list(search(lib.connection, "docs")) == []


def test_a_name_hit_with_its_words_in_the_text_opens_at_them(lib):
    found = search(lib.connection, "2019")
    assert _names(found) == ["2019_report.txt"]
    hit = found[0]
    assert hit.name == "2019_report.txt" and hit.offset >= 0 and "2019年" in hit.snippet


def test_filters_hold_for_name_hits(lib):
    assert list(search(lib.connection, "astral 标题:民法典"))
    assert list(search(lib.connection, "astral 标题:刑法")) == []
