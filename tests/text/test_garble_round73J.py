"""UTF-8 Chinese misread as GBK (made here by actually mis-decoding real text) is flagged; real text with
rare characters (classical Chinese, names) is not."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.garble import find_garbled

_AROUND = ("会议强调，要", "，有效维护和发展最广大人民群众的根本利益。")


def _misread(text: str, codec: str, saved: bool) -> str:
    """UTF-8 bytes read as `codec`; `saved`: then written back in that codec, so what it lacks became '?'."""
    out = text.encode("utf-8").decode(codec, errors="replace")
    return out.encode(codec, errors="replace").decode(codec) if saved else out


def _covered(text: str, start: int, end: int) -> float:
    return sum(max(0, min(g.end, end) - max(g.start, start)) for g in find_garbled(text)) / (end - start)


@pytest.mark.parametrize("saved", [True, False])
@pytest.mark.parametrize("original", [
    "人民代表大会制度",  # no '?' left: every byte pair is a GBK character, several of them common ones
    "要加强党对人大工作的领导",
    "国家机关工作人员",
    "全面深化改革",
    "社会主义现代化",
])
def test_utf8_read_as_gbk_is_flagged(original: str, saved: bool) -> None:
    bad = _misread(original, "gbk", saved)
    text = _AROUND[0] + bad + _AROUND[1]
    start = len(_AROUND[0])
    assert _covered(text, start, start + len(bad)) >= 0.7, bad


def test_cleaned_document_flags_the_run_and_keeps_it() -> None:
    bad = _misread("人民代表大会制度", "gbk", True)
    doc = clean(decode_bytes(f"关于加强人大工作的意见\n{_AROUND[0]}{bad}{_AROUND[1]}\n".encode("utf-8")))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert bad in body  # flagged, never removed: the original stays where it was
    assert any(bad in g.text or g.text in bad and len(g.text) >= len(bad) - 2 for g in doc.garbled)


@pytest.mark.parametrize("real", [
    "“於洛之陽”的“陽”，猗猗。有斐君子，如切如磋，如琢如磨。",  # classical Chinese: 於 陽 猗 斐 have the shape
    "喔喔喔，天亮了。魑魅魍魉，饕餮之徒，耄耋之年。",
    "鄱阳湖畔的婺源、歙县、黟县，龚琛、濮阳燚、缪骞、阚泽、亓官、闫岿。",  # names and places in rare characters
    "浜海新区、涓涓细流、鍗子、鐨层。",
])
def test_real_text_with_rare_characters_stays_unflagged(real: str) -> None:
    assert find_garbled(real) == []


@pytest.mark.parametrize("real", [
    "处理器（processors）的趋势；详见 stresses 与 users/sessions 的说明，联系 abc@qq.com。",  # letters r, s, q
    "┌─────────────┐  ┌─────────────┐\n│  用户界面   │  │  数据服务   │\n└──────┬──────┘  └──────┬──────┘",
    "参考文献：Никонова А А. Цифровое культурное наследие.",
    "やる気がない日々。",
    "??? tip \"摩尔定律\"",  # a Markdown admonition
    "好了废话那么多，进入正题吧(???)。",
])
def test_real_text_the_cluster_pass_took_for_damage_stays_unflagged(real: str) -> None:
    assert find_garbled(real) == []


@pytest.mark.parametrize("original", ["可以通过", "人民代表大会"])
def test_utf8_read_as_big5_leaving_only_marks_is_still_flagged(original: str) -> None:
    bad = _misread(original, "big5", True)
    text = _AROUND[0] + bad + _AROUND[1]
    start = len(_AROUND[0])
    assert _covered(text, start, start + len(bad)) >= 0.7, bad
