"""Session 70L: a saved page that shows its article twice (the page and its print view, d22_05; an agreement in its
preview and in the page, f27_01) shows it once, the copy counted in What Cleaning Did; a quotation, a chorus, sections
that say the same under their own titles, or a law's repeated phrasing stay."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.model import Decoded


_REPLY = ["川卫函〔2025〕46号", "唐家文代表：",
          "首先非常感谢您对全省医药健康产业发展的关心、支持。您提出的建议收悉，我委会同相关部门积极承办，现答复如下：",
          "为加快构建我省现代化产业体系，推动全省重点产业建圈强链，省委、省政府将医药健康产业作为重点产业加以培育。",
          "近年来广安市医药健康产业得到快速发展，岳池县建有全省重要的医药产业园区，已形成一定的产业基础和集聚效应。",
          "下一步，我委将会同有关部门继续支持广安医药健康产业发展，推动更多优质项目落地。", "四川省卫生健康委员会", "2025年4月24日"]
_TITLE = "四川省卫生健康委员会关于第14040218号建议的复函"
_CHROME = ["责任编辑： 雷晓琦", "扫一扫在手机打开当前页", "打印本页", "关闭窗口"]

# (case, lines, kept lines: the paragraphs the cleaned text keeps, in order)
COPIES = [
    ("d22_05: the print view's copy under the page's chrome, with its own title and date over it",
     [_TITLE, "2025年06月03日 13时44分", *_REPLY, *_CHROME, _TITLE, "2025年06月03日 13时44分", "来源: 四川省卫生健康委员会网站",
      *_REPLY, "打印本页"], _REPLY),
    ("a line one copy has that the other has not",
     [_TITLE, *_REPLY[:4], "关于专家组成员简介", *_REPLY[4:], *_CHROME, *_REPLY], _REPLY[:4] + ["关于专家组成员简介"] + _REPLY[4:]),
]
_VERSE = ["春风又绿江南岸，明月何时照我还。我们一起唱起这首歌，唱给远方的亲人，唱给故乡的山水和田园。",
          "故乡的山啊故乡的水，故乡的亲人在心头，无论走到天涯海角，总也忘不了那一片热土和那一声呼唤。",
          "啦啦啦，啦啦啦，我们的歌声飞过高山飞过大海，飞到每一个人的心里，久久地回荡不肯散去。"]
_CHORUS = [line * 2 for line in _VERSE]


def _stanza(which: str) -> list[str]:
    return [f"{which}主歌第{n}句：离开家乡的那一天，母亲站在村口的老槐树下，久久不肯回去，我回头看了一眼又一眼。" for n in "一二三"]


KEPT = [
    ("a song's chorus sung twice", ["歌词", "第一段歌词在这里开始，讲述了一个人离开家乡外出闯荡的故事。", *_VERSE,
                                  "第二段歌词接着讲他多年以后回到家乡，看到了变化。", *_VERSE]),
    ("a song's long chorus after each verse", ["歌词", *_stanza("第一段"), *_CHORUS, *_CHORUS, *_stanza("第二段"), *_CHORUS]),
    ("a song that opens on its chorus", ["歌词", *_CHORUS, *_stanza("第一段"), *_CHORUS, *_stanza("第二段"), *_CHORUS]),
    ("sections that say the same under their own titles", ["活动回顾", "0912@上海 读书会第一期", *_VERSE[:2], "后记", _VERSE[2],
                                                         *_VERSE[:2], "后记", _VERSE[2], "0720@苏州 夏日茶会", *_VERSE[:2],
                                                         "后记", _VERSE[2], "0620@北京 设计你的一周", *_VERSE[:2], "后记",
                                                         _VERSE[2]]),
    ("a quoted sentence", ["评论", "他说：“我们要把人民放在心中最高的位置，始终坚持以人民为中心的发展思想，不断增进民生福祉。”",
                         "这句话引起了广泛的共鸣。", "我们要把人民放在心中最高的位置，始终坚持以人民为中心的发展思想，不断增进民生福祉。",
                         "这就是我们的初心。"]),
    ("a law's repeated phrasing", ["某某条例", *[f"第{n}条　违反本条例规定的，由县级以上人民政府有关部门责令改正，给予警告；情节严重的，处一万元以上"
                                             "五万元以下的罚款。" for n in "一二三四五六"]]),
    ("a refrain repeated line after line", ["诗", *["我爱这土地，爱这土地上的每一条河流和每一座山峰，爱这土地上勤劳的人民。"] * 8]),
]


def _kept(lines: list[str]) -> list[str]:
    doc = clean(Decoded(text="\n".join(lines) + "\n", encoding="utf-8"))
    return ["".join(p.text.split()) for p in doc.paragraphs]


@pytest.mark.parametrize("case, lines, kept", COPIES, ids=[c[0] for c in COPIES])
def test_second_copy_goes(case: str, lines: list[str], kept: list[str]) -> None:
    assert [k for k in _kept(lines) if k not in {"".join(c.split()) for c in _CHROME}] == ["".join(k.split()) for k in kept]


@pytest.mark.parametrize("case, lines", KEPT, ids=[c[0] for c in KEPT])
def test_repeated_text_that_is_no_copy_stays(case: str, lines: list[str]) -> None:
    assert len(_kept(lines)) >= len(lines) - 1  # every line (the first may be the title)


def test_what_cleaning_did_counts_the_copy() -> None:
    lines = COPIES[0][1]
    doc = clean(Decoded(text="\n".join(lines) + "\n", encoding="utf-8"))
    copied = [r.line for r in doc.removed if r.reason == "duplicate" and r.text in _REPLY]
    assert copied == list(range(len(lines) - len(_REPLY), len(lines)))
