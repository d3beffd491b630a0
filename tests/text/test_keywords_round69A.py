"""Found by hand (session 69A): the keyword 滑鼠 typed in 台灣正體（詞彙） found nothing once the text was shown in 简体,
which says 鼠标 (软件, 信息 likewise): only the other direction (软件 typed, 軟體 shown) was looked for. A keyword typed
in a region's words now finds its word however the text is shown; one typed elsewhere is read as written (程序 typed
in Simplified never finds 进程, which Taiwan's words show as 程序)."""

from __future__ import annotations

import pytest

from reader.text.display import convert_short
from reader.text.keywords import find_all_shown, word_forms

# one of each: Taiwan words, Hong Kong words (HKPhrases: 寬帶 -> 寬頻, 光標 -> 游標), a word both share
SIMPLIFIED = "推广鼠标，发展软件，共享信息，普及宽带，移动光标，叫出租车，加强监督。"
# the conversions a Simplified text is shown through: 简体 / Original (as written), then each Traditional choice
DISPLAYS = (None, "s2t", "s2tw", "s2twp", "s2hk", "s2hkp")

# (keyword as a reader types it, the display it was typed in when that shows a region's words, the Simplified word)
WORDS = [
    ("滑鼠", "s2twp", "鼠标"), ("滑鼠", "s2hkp", "鼠标"), ("鼠标", None, "鼠标"), ("鼠標", None, "鼠标"),
    ("軟體", "s2twp", "软件"), ("软件", None, "软件"), ("軟件", None, "软件"), ("軟件", "s2hkp", "软件"),
    ("資訊", "s2twp", "信息"), ("信息", None, "信息"),
    ("寬頻", "s2hkp", "宽带"), ("寬頻", "s2twp", "宽带"), ("宽带", None, "宽带"), ("寬帶", None, "宽带"),
    ("游標", "s2hkp", "光标"), ("光标", None, "光标"),
    ("計程車", "s2twp", "出租车"), ("出租车", None, "出租车"),
    ("監督", None, "监督"), ("監督", "s2twp", "监督"), ("监督", None, "监督"),  # plain Traditional: the fold, as before
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("opencc"))


@pytest.mark.parametrize("config", DISPLAYS)
@pytest.mark.parametrize("typed, typed_in, word", WORDS)
def test_a_keyword_finds_its_word_in_every_script(cache_dir, config, typed, typed_in, word):
    shown = convert_short(config, cache_dir, SIMPLIFIED)
    start = SIMPLIFIED.index(word)  # the conversions keep these words' lengths: the same span in every script
    found = find_all_shown(shown, [typed], {typed: word_forms(typed, config, cache_dir, typed_in)})
    assert found == {typed: [(start, start + len(word))]}, shown[start:start + len(word)]


# Taiwan's words show each Simplified word here as the one before it: typed outside them, a word means itself
@pytest.mark.parametrize("typed, typed_in, other", [
    ("程序", None, "进程"), ("資料", "s2t", "数据"), ("执行", None, "运行"), ("文件", None, "文档"),
    ("滑鼠", None, "鼠标"), ("滑鼠", "s2tw", "鼠标"),
])
@pytest.mark.parametrize("config", [None, "s2t"])
def test_a_word_typed_outside_a_regions_words_means_itself(cache_dir, typed, typed_in, other, config):
    text = convert_short(config, cache_dir, f"{other}，{convert_short('t2s', cache_dir, typed)}")
    found = find_all_shown(text, [typed], {typed: word_forms(typed, config, cache_dir, typed_in)})
    assert found[typed] == [(len(other) + 1, len(text))]


@pytest.mark.parametrize("typed, typed_in, forms", [
    ("程序", "s2twp", ("进程",)), ("資料", "s2twp", ("数据",)), ("滑鼠", "s2twp", ("鼠标",)),
    ("監督", "s2twp", ()), ("监督", "s2hkp", ()), ("发展", "s2twp", ()), ("GDP", "s2twp", ()), ("", "s2twp", ()),
    ("  ", "s2hkp", ()), (" 寬頻 ", "s2hkp", ("宽带",)),
])
def test_the_forms_of_a_word_typed_in_a_regions_words(cache_dir, typed, typed_in, forms):
    assert word_forms(typed, None, cache_dir, typed_in) == forms


def test_a_shown_form_is_counted_once(cache_dir):
    # 軟件 typed in Hong Kong's words: 软件, which Taiwan's words show as 軟體 (the typed word's fold reaches 软件)
    assert word_forms("軟件", "s2twp", cache_dir, "s2hkp") == ("軟體",)
