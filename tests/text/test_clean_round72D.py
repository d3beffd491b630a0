"""Session 72D: cleaning faults seen on the new dev documents of tests/data/cleaning (lines cut from them, made
short or rewritten), each fixed by a rule that holds beyond the document.

- A justified PDF line the extractor wrote as two short pieces ('推进对…编译器、' over '工具链等…布局，', 信通院 算力
  white paper) is one line of the page: the paragraph runs on through both.
- A raised citation '[12]' on a line of its own, then blank lines, the sentence's rest and a lone '。' (可信隐私计算
  report): one paragraph, in the order the page gives it.
- Notes at a page's foot set above its number ('6 我国 76 个光子…' under '…显著提升生', the text carrying the raised
  '…百亿倍6，') are a note of their own, never the paragraph's next words.
- A wiki page saved as text (GB2312 copies of a Traditional page): its tagline and contents box are furniture, a
  section title loses its edit link ('[编辑]历史', '[??]手稿'), and a line opening with a '?' the conversion wrote for
  a lost character is no continuation of the line above.
"""

from __future__ import annotations

from reader.text.clean import clean
from reader.text.decode import decode_bytes


def _paras(text: str) -> list[str]:
    return ["".join(p.text.split()) for p in clean(decode_bytes(text.encode("utf-8"), "x.txt")).paragraphs]


_P1 = ("从计算系统看，算力基础设施建设不断提速。超级计算方面，全球超算将迈入新的计算时代，并正在探索基于云服务模式提供灵活、"
       "弹性的计算支持，未来云超算将作为超算的重要补充，满足急剧增长的高性能计算需求。")
_P2 = ("从计算理论看，前沿颠覆体系成为未来探索的重要方向。一是，存算一体架构实现在存储单元中进行计算，突破原有体系中存储"
       "与计算分离的局限，适合处理大数据、人工智能等海量数据分析处理任务，行业内已有诸多产业化探索。")
_P3 = ("算力直接带动数字产业化的发展。电子信息制造业、电信业、软件和数字技术服务业、互联网行业等数字核心产业的发展与算力的"
       "发展息息相关，互联网是算力投资最大的行业。")


def _wrap(text: str, n: int = 30) -> list[str]:
    return [text[k:k + n] for k in range(0, len(text), n)]


def test_a_justified_line_split_in_two_short_pieces_runs_on():
    lines = _wrap(_P2)
    assert lines[0][6] == "，"  # '从计算理论看，' / '前沿颠覆体系…一是，' as the extract wrote them
    split = [lines[0][:7], lines[0][7:]] + lines[1:]
    text = "\n".join(["中国算力发展指数白皮书", "", *_wrap(_P1), *split, *_wrap(_P3), ""])
    assert _paras(text)[-3:] == [_P1, _P2, _P3]


def test_a_raised_citation_and_a_lone_stop_stay_in_their_sentence():
    first = "一是权威机构验证，指定权威的第三方机构进行详细和尽可能全面的审核测试。例如通过产品资料审核、测试报告审核等环节对产品的安"
    assert len(first) % 30 == 0  # its last line before the raised mark fills the measure
    lines = [*_wrap(_P1), *_wrap(first), "[12]", "", "全性进行全面评测", "", "。", *_wrap(_P3), ""]
    assert _paras("\n".join(lines))[-3:] == [_P1, first + "[12]全性进行全面评测。", _P3]


def test_notes_above_the_page_number_are_no_part_of_the_cut_paragraph():
    cut = _P3[:60]  # the page breaks inside the paragraph: its last line, full, stops mid-word
    marked = _P1.replace("提速。", "提速6。")  # the note's number raised after a word of the page's text
    lines = ["中国算力发展指数白皮书", "", *_wrap(_P2), "7", "", "中国算力发展指数白皮书", "", *_wrap(marked), *_wrap(cut),
             "6 我国 76 个光子的量子计算原型机“九章”求解高斯玻色取样数学算法需 200 秒，", "如果用目前世界最", "",
             "快超级计算机求解要用 6 亿年。", "8", ""]
    paras = _paras("\n".join(lines))
    assert "".join(cut.split()) in paras
    assert not [p for p in paras if "我国76个光子" in p and p.startswith("算力直接")]


_WIKI = "\n".join([
    "一千零一夜", "維基百科，自由的百科全書", "《一千零一夜》是阿拉伯民间故事集，成书于9世纪左右，一直在阿拉伯地区流传。",
    "目录  [隐藏]", "1 性描写", "2 手稿", "2.1 出版与翻译", "[编辑]性描写", "",
    "《一千零一夜》充斥各种各样的性描写，在阿拉伯世界曾引起小小争议。", "[??]手稿", "",
    "《一千零一夜》的书名和骨干，来自一部波斯故事集。", "部分故事[編輯]", "国王山努?和他的一千零一夜", "?翁、魔鬼和四色?",
    "??克?尼和?城", ""])


def test_a_wiki_pages_box_tagline_and_edit_links_go():
    paras = _paras(_WIKI)
    assert "性描写" in paras and "手稿" in paras and "部分故事" in paras
    assert not [p for p in paras if "百科全" in p or "目录" in p or p.startswith(("1性描写", "2.1"))]


def test_a_line_opening_with_a_lost_character_stands_on_its_own():
    paras = _paras(_WIKI)
    assert paras[-3:] == ["国王山努?和他的一千零一夜", "?翁、魔鬼和四色?", "??克?尼和?城"]
