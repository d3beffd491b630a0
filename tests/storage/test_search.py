"""Searching the whole library: any query length in either script, phrases, AND, metadata filters, snippets."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.phrases import find_phrase
from reader.storage.query import QueryError, parse
from reader.storage.search import search
from support import CORPUS, seed_paths

SIMPLIFIED = ("国务院办公厅关于加强监督管理的意见\n国办发〔2018〕123号\n各省、自治区、直辖市人民政府：\n"
              "一、总体要求\n加强监督管理，推进依法行政。\n二、主要任务\n（一）完善制度。建立健全权力运行制约和监督体系。\n"
              "国务院办公厅\n2018年12月7日\n")
TRADITIONAL = "臺北市政府關於議會監督的說明\n\n一、緣起\n議會對市政的監督，依法行之。\n二、辦理\n各機關配合辦理。\n"
OTHER = "北京市人民政府关于做好春节期间工作的通知\n京政发〔2024〕12号\n各区人民政府：\n做好节日期间安全工作。\n北京市人民政府\n二〇二四年一月五日\n"


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("s.txt", SIMPLIFIED), ("t.txt", TRADITIONAL), ("o.txt", OTHER)):
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib


def _titles(lib, query):
    return {h.title for h in search(lib.connection, query)}


@pytest.mark.parametrize("query", ["监督", "監督"])
def test_two_characters_find_both_scripts(library, query):
    assert _titles(library, query) == {"国务院办公厅关于加强监督管理的意见", "臺北市政府關於議會監督的說明"}


def test_one_character(library):
    assert _titles(library, "緣") == {"臺北市政府關於議會監督的說明"}
    assert _titles(library, "辦") == {"臺北市政府關於議會監督的說明", "国务院办公厅关于加强监督管理的意见"}  # 办公厅
    assert _titles(library, "节") == {"北京市人民政府关于做好春节期间工作的通知"}


def test_four_characters_and_a_phrase_over_punctuation(library):
    assert _titles(library, "依法行政") == {"国务院办公厅关于加强监督管理的意见"}
    assert _titles(library, "依法行之") == {"臺北市政府關於議會監督的說明"}
    assert _titles(library, '"制约和监督"') == {"国务院办公厅关于加强监督管理的意见"}
    assert _titles(library, "监督管理推进") == {"国务院办公厅关于加强监督管理的意见"}  # across '，'
    assert _titles(library, "行政监督依法") == set()  # the characters, but not in that order


def test_several_terms_are_anded(library):
    assert _titles(library, "监督 议会") == {"臺北市政府關於議會監督的說明"}
    assert _titles(library, "监督 春节") == set()


def test_metadata_filters_alone_and_with_text(library):
    assert _titles(library, "文号:国办发[2018]123号") == {"国务院办公厅关于加强监督管理的意见"}
    assert _titles(library, "机关:北京市") == {"北京市人民政府关于做好春节期间工作的通知"}
    assert _titles(library, "機關:國務院 監督") == {"国务院办公厅关于加强监督管理的意见"}
    assert _titles(library, "种类:通知") == {"北京市人民政府关于做好春节期间工作的通知"}
    assert _titles(library, "机关:北京市 监督") == set()


def test_hits_carry_offset_snippet_and_section_in_the_documents_script(library):
    (hit,) = search(library.connection, "监督体系")
    from reader.text.document import load_document

    text = load_document(__import__("pathlib").Path(hit.path)).text
    assert text[hit.offset: hit.offset + hit.length] == "监督体系"
    assert "监督体系" in hit.snippet
    assert hit.section == "二、主要任务 › （一）完善制度"
    (trad,) = search(library.connection, "市政的监督")
    assert "市政的監督" in trad.snippet and trad.section == "一、緣起"


def test_title_only_hits(library):
    (hit,) = search(library.connection, "说明")
    assert hit.title == "臺北市政府關於議會監督的說明" and hit.snippet == hit.title


def test_removed_document_is_no_longer_found(library):
    (hit,) = search(library.connection, "依法行政")
    library.remove_document(hit.doc_id)
    assert search(library.connection, "依法行政") == []
    assert library.connection.execute("SELECT count(*) FROM texts").fetchone()[0] == 2


def test_changed_file_is_reindexed(library, tmp_path):
    path = tmp_path / "docs" / "o.txt"
    path.write_text(OTHER.replace("安全工作", "值班值守"), encoding="utf-8")
    importer.check(library)
    importer.index_pending(library)
    assert _titles(library, "值班值守") == {"北京市人民政府关于做好春节期间工作的通知"}
    assert _titles(library, "安全工作") == set()


def test_empty_queries_are_refused():
    for query in ("", "  ", "，。", "文号:"):
        with pytest.raises(QueryError):
            parse(query)


def test_find_phrase_maps_back_to_original_offsets():
    assert find_phrase("他說：監，督。", "监督") == (3, 3)
    assert find_phrase("ＡＢＣ监督", "abc") == (0, 3)
    assert find_phrase("无关", "监督") == (-1, 0)


def test_seeds_and_corpus_search_in_both_scripts(tmp_path):
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(CORPUS), *map(str, seed_paths())])
    importer.index_pending(lib)
    titles = _titles(lib, "憲法")
    assert {"中华人民共和国宪法", "中華民國憲法"} <= titles
    assert _titles(lib, "国民大会") >= {"中華民國憲法"}


def test_snippet_marks_where_the_hit_is(library):
    (hit,) = search(library.connection, "監督體系")
    start, length = hit.snippet_hit
    assert hit.snippet[start: start + length] == "监督体系"


def test_search_file_opens_its_own_read_only_connection(library):
    from reader.storage.search import search_file

    hits = search_file(library.path, "依法行政")
    assert [h.title for h in hits] == ["国务院办公厅关于加强监督管理的意见"]


def _deep_library(tmp_path, filler_paragraphs: int):
    """A short document with the phrase near its start and a long one with it only at its end."""
    filler = "各地区各部门要统筹推进各项工作，确保取得实效。\n" * filler_paragraphs
    folder = tmp_path / "deep"
    folder.mkdir()
    (folder / "long.txt").write_text("长篇汇编\n" + filler + "最后谈湖泊治理。\n", encoding="utf-8")
    (folder / "short.txt").write_text("简短通知\n湖泊治理要抓紧。\n", encoding="utf-8")
    lib = Library(tmp_path / "deep.sqlite3")
    importer.import_paths(lib, [str(folder / "long.txt"), str(folder / "short.txt")])
    importer.index_pending(lib)
    return lib


def test_a_hit_deep_in_a_long_document_is_found_and_ranked_below_one_near_the_start(tmp_path):
    from reader.storage.index import stored_text
    from reader.storage.search import EARLY_BYTES

    lib = _deep_library(tmp_path, 1500)
    long_id = next(e.doc_id for e in lib.entries() if e.title == "长篇汇编")
    text, _ = stored_text(lib.connection, long_id)
    assert len(text[: text.index("湖泊治理")].encode("utf-8")) > 4 * EARLY_BYTES  # really beyond the first read
    hits = search(lib.connection, "湖泊治理")
    assert [h.title for h in hits] == ["简短通知", "长篇汇编"]
    deep = hits[1]
    assert text[deep.offset: deep.offset + deep.length] == "湖泊治理" and "最后谈湖泊治理" in deep.snippet
    assert [h.title for h in search(lib.connection, "湖泊治理", limit=1)] == ["简短通知"]


def test_stored_text_is_read_a_step_at_a_time(tmp_path):
    from reader.storage.index import open_text, stored_text

    lib = _deep_library(tmp_path, 1500)
    long_id = next(e.doc_id for e in lib.entries() if e.title == "长篇汇编")
    whole, _ = stored_text(lib.connection, long_id)
    stored = open_text(lib.connection, long_id)
    stored.more(8192)
    assert not stored.complete and 0 < len(stored.text) < len(whole) and whole.startswith(stored.text)
    while stored.more(65536):
        pass
    assert stored.complete and stored.text == whole
