"""The two-word search across places (reader.storage.mixed) counted a document it did not list: one word in its title
or header, the other (two characters) in its text only across a sentence end ('加强监。督促'). The index has the
pair, the text has not the word: the body search drops such a document (reader.storage.keys), the title/header
search counted it. Typed as a reader may, one word Simplified and one Traditional."""

from __future__ import annotations

import pytest

from reader.storage.search import search
from storage_steps import folder_library

CROSSED = "今天大家讨论了人大的工作。要加强监。督促各单位落实。\n"  # 监督 only across the stop
REAL = "人大依照宪法开展监督工作，李靖同志作了说明。\n"


@pytest.mark.parametrize("texts, query, listed", [
    ({"笔记.txt": "宪法学习笔记\n\n" + CROSSED, "说明.txt": "关于监督工作的说明\n\n" + REAL},
     "监督 憲法", "关于监督工作的说明"),  # 宪法 in the title alone
    ({"简报.txt": "人大工作简报\n作者：李靖\n\n" + CROSSED, "情况.txt": "人大工作情况\n作者：李靖\n\n人大依法开展监督工作。\n"},
     "李靖 監督", "人大工作情况"),  # 李靖 in the header alone
])
def test_the_count_is_the_documents_listed(tmp_path, texts, query, listed):
    lib = folder_library(tmp_path, texts)
    found = search(lib.connection, query)
    assert [hit.title for hit in found] == [listed]
    assert (found.total, found.exact) == (1, True)
    page = search(lib.connection, query, limit=1)  # a page shorter than the results: the count is still theirs
    assert (page.total, page.exact) == (1, True)


def test_a_word_within_its_sentence_still_counts(tmp_path):
    lib = folder_library(tmp_path, {"笔记.txt": "宪法学习笔记\n\n要加强监督，督促各单位落实。\n",
                                    "说明.txt": "关于监督工作的说明\n\n" + REAL})
    found = search(lib.connection, "監督 宪法")
    assert sorted(hit.title for hit in found) == ["关于监督工作的说明", "宪法学习笔记"] and found.total == 2
