"""A 文号 run together with its title: after a title wrapped over two lines, before the page repeating the title,
and a title that carries its 文号 at its end (its kind is the title's, not the number's)."""

from __future__ import annotations

import re

from reader.text.fold import fold
from reader.text.lazyre import lazy
from reader.text.metavalues import NUMBER_YEAR
from reader.text.serials import after_title

_OPEN, _CLOSE = "〔[［(（【﹝", "〕]］)）】﹞"
_NUMBER_AT = lazy(rf"[{re.escape(_OPEN)}]\s*{NUMBER_YEAR}\s*[{re.escape(_CLOSE)}]\s*第?\s*\d{{1,5}}\s*[号號]")
_SPACED_TAIL = lazy(rf"[ \t\u3000]+[\u4e00-\u9fff]{{1,10}}\s*[{re.escape(_OPEN)}]\s*{NUMBER_YEAR}\s*"
                    rf"[{re.escape(_CLOSE)}]\s*第?\s*\d{{1,5}}\s*[号號][）)]?$")
_TITLE_OPEN = ("关于", "關於")
_WRAP_MAX = 60
_NOT_WRAPPED = "。，；：:！？"


def title_without_number(title: str) -> str:
    """'…的通知国发〔2007〕37号' or '…的通知 国发〔2007〕37号': the title without the 文号 a scrape ran on after it."""
    if len(title) > 200 or "号" not in title and "號" not in title:
        return title
    m = _SPACED_TAIL.search(title)
    if m:
        return title[: m.start()].rstrip()
    m = _NUMBER_AT.search(title)
    if m and not title[m.end():].strip(" 　）)") and (k := after_title(title, m.start())) > 0:
        return title[:k]
    return title


def wrapped_start(above: str, line: str) -> int:
    """'国务院办公厅关于…的' over '实施意见国办发〔2021〕11号各省…：': where the 文号 starts in `line`, run on after the
    second half of a title wrapped over two lines, or -1; only when the line above opens the title (关于) and does
    not end a sentence."""
    if not (0 < len(above) <= _WRAP_MAX and any(w in above for w in _TITLE_OPEN)) or above.endswith(tuple(_NOT_WRAPPED)):
        return -1
    m = _NUMBER_AT.search(line)
    if m is None or m.start() == 0 or m.start() > _WRAP_MAX:
        return -1
    k = after_title(above + line, len(above) + m.start())
    return k - len(above) if k > len(above) else -1


def title_before(above: str, line: str, number: str) -> str:
    """The title a 文号 ran on after ('…的通知国发〔2007〕37号各省…：'; its first half the line above when it wrapped),
    else ''."""
    prefix = number.split("〔", 1)[0] if "〔" in number else ""
    head = line[: line.find(prefix)] if prefix and line.find(prefix) > 0 else ""
    if head and not any(w in head for w in _TITLE_OPEN) and wrapped_start(above, line) >= 0:
        head = above + head
    return head if any(w in head for w in _TITLE_OPEN) else ""


_CITING = lazy("根据|根據|依据|依據|依照|按照|参照|參照|遵照|贯彻|貫徹|落实|落實|执行|執行|要求|精神|文件|通知|的")
_PREFIX_MAX = 10


def cited(prefix: str) -> bool:
    """'要求认真落实通知精神京政发': a sentence that cites a 文号, not a prefix (an issuer's short name and a kind, a
    few characters: 国办发, 国能综通安全); the line is no number line."""
    return len(prefix) > _PREFIX_MAX or _CITING.search(fold(prefix)) is not None


def closes(rest: str) -> bool:
    """Nothing after a 文号, or the salutation run on after it ('各省、自治区…：')."""
    return not rest or rest.endswith(("：", ":")) and "、" in rest
