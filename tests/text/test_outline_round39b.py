"""Round 39b: a blog's year told in parts titled 'topic | phrase' ('健身 | 对抗久坐与熵增'): each such title is a part,
the one under a photo's caption too."""

from __future__ import annotations

from support import DATA, parse_document
from reader.text.document import load_document


def _outline(text: str, name: str = "report.txt") -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name)
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in doc.headings]


_YEAR = "\n\n".join([
    "2025 年终总结",
    "总览 | 在不确定中持续推进",
    "这一年过得很快，工作换了方向，生活也慢慢找到了新的节奏，下面按几个方面记录一下这一年的变化和收获。",
    "技术 | 向更深处下潜",
    "开源版图",
    "今年给三个开源项目提交了补丁，其中一个被合并进了主线版本，也第一次参与了社区的版本发布工作。",
    "漏洞挖掘",
    "下半年主要在做浏览器相关的漏洞研究，虽然产出不多，但对整个攻击面的理解比去年深入了很多。",
    "生活 | 慢下来的一部分",
    "第一份礼物",
    "生日那天收到了朋友寄来的一本旧书，扉页上写着一段很长的话，让我在深夜里读了好几遍。",
    "朵云书院",
    "周末常去书院坐一下午，看看窗外的江景，顺手读完了几本一直想读却没时间读的书。",
    "窗外的江景，每次来都舍不得走～",
    "健身 | 对抗久坐与熵增",
    "今年主要还是上半年健身多一点，下半年因为工作忙，频率降到了每周一次，希望明年能更好地平衡。",
    "那会儿一次三个单手俯卧撑还是没问题的 xD",
    "阅读 | 被撑爆的小书架",
    "列了一个小书单，已经超过三十本书了，读完的大概一半，剩下的留到明年慢慢读。",
    "杂项 | 奇奇怪怪的年报们",
    "Discord",
    "一年里在几个技术社区里发了上千条消息，认识了不少有意思的朋友。",
    "Spotify",
    "年度歌单里排第一的是一首老歌，听了两百多遍，陪我度过了很多加班的夜晚。",
])


def test_a_part_titled_topic_bar_phrase_ends_the_part_before_it():
    """'健身 | 对抗久坐与熵增' after the sections of '生活 | 慢下来的一部分' (a caption between) is the next part,
    as '技术 | 向更深处下潜' and '杂项 | 奇奇怪怪的年报们' are, not a section of the one before."""
    assert _outline(_YEAR + "\n") == [
        (1, "总览|在不确定中持续推进"), (1, "技术|向更深处下潜"), (2, "开源版图"), (2, "漏洞挖掘"),
        (1, "生活|慢下来的一部分"), (2, "第一份礼物"), (2, "朵云书院"), (1, "健身|对抗久坐与熵增"),
        (1, "杂项|奇奇怪怪的年报们"), (2, "Discord"), (2, "Spotify"),
    ]


def test_a_topic_bar_phrase_title_after_a_caption_is_found_among_its_kind():
    """A year-end review's '健身 | 对抗久坐与熵增', right under a photo's caption (no body before it), titles a part
    as its other 'topic | phrase' lines do, at their level."""
    doc = load_document(DATA / "corpus" / "docs" / "d31_02_nianzhong_zongjie_2025_assembly.txt")
    parts = {h.title: h.depth for h in doc.headings if "|" in h.title or "｜" in h.title}
    assert parts.get("健身 | 对抗久坐与熵增") == 1
    assert set(parts.values()) == {1} and len(parts) >= 6
