"""A programme's numbered talks ('1 林华亮：R语言在…中的应用', '2 李国星：…'): a conference lists each talk as its
number, the speaker's name, a colon and the talk's title, each over the speaker's profile and abstract. The bare
number reads no title with a colon in it, so these lines are found here: a run counted 1, 2, 3 … (a new session may
count again from 1), each standing apart between blank lines (in a text with none, apart from the
next talk), most names opening with a common surname. One pass.
"""

from __future__ import annotations

from collections.abc import Sequence, Set as AbstractSet

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Packed, Paragraph, line_gap
from reader.text.openings import opens_no_digit

# '1 林华亮：R语言…', '10 安澜: …': a number, a space, a name of two to four characters, a colon, a title
_TALK = lazy(r"([0-9]{1,2})[ \t\u3000]+([\u4e00-\u9fff]{2,4})[ \t\u3000]*[：:][ \t\u3000]*(\S.{3,109})")
_SURNAMES = frozenset("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田"
                      "董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江"
                      "尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯安欧歐")
_SENTENCE_END = "。；;！!"  # a talk's title ends in no full stop ('？' may: '…还是机遇？')
_RUN_MIN = 3  # talks in a session, or a list of three people's duties is all one sees
_LINE_MAX = 120


def _talk(text: str) -> tuple[int, str, str] | None:
    """A line's number, speaker and title, when it reads as a numbered talk."""
    if len(text) > _LINE_MAX or not text[:1].isdigit():
        return None  # cheap: most lines open with a word
    hit = _TALK.fullmatch(text.strip())
    if hit is None or hit.group(3).rstrip()[-1:] in _SENTENCE_END:
        return None
    return int(hit.group(1)), hit.group(2), hit.group(3).rstrip()


def _apart(paragraphs: Sequence[Paragraph], i: int, packed: Packed) -> bool:
    """A blank line above and below: a list's items follow one another line by line; in a text with no blank lines
    (`packed`), no talk on the line above or below (each talk stands over its profile, a list's items are stacked)."""
    if (i == 0 or line_gap(paragraphs[i - 1], paragraphs[i]) >= 2) and (
            i + 1 >= len(paragraphs) or line_gap(paragraphs[i], paragraphs[i + 1]) >= 2):
        return True
    return bool(packed) and not any(0 <= k < len(paragraphs) and _talk(paragraphs[k].text) is not None
                                    for k in (i - 1, i + 1))


def speaker_talks(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                  opening: AbstractSet[str] | None = None) -> dict[int, HeadingMatch]:
    """The lines of runs of numbered talks ('1 姓名：题目', '2 …', from 1 each session) that no other pass read:
    line → its marker (a decimal of level 1; `opening`: what the lines open with, when known)."""
    if opens_no_digit(opening):
        return {}  # a talk's line opens with its number: none where no line opens with a digit (a law's)
    runs: list[list[tuple[int, int, str, str]]] = []
    packed = Packed(list(paragraphs))  # worked out only when a talk is found
    for i in range(len(paragraphs)):
        if matches[i] is not None:
            continue
        talk = _talk(paragraphs[i].text)
        if talk is None or not _apart(paragraphs, i, packed):
            continue
        number = talk[0]
        if runs and number == runs[-1][-1][1] + 1:
            runs[-1].append((i, *talk))
        elif number == 1:
            runs.append([(i, *talk)])
    kept = [talk for run in runs if len(run) >= _RUN_MIN for talk in run]
    names = [name for _, _, name, _ in kept]
    if not kept or len(set(names)) < len(names) or 2 * sum(n[0] in _SURNAMES for n in names) < len(names):
        return {}  # one name again and again ('1 目的：…' in each part), or not people's names
    found: dict[int, HeadingMatch] = {}
    for i, number, name, title in kept:
        text = paragraphs[i].text
        marker = str(number)
        found[i] = HeadingMatch("decimal", marker, f"{name}：{title}", "", number, 1, len(text.rstrip()), "")
    return found
