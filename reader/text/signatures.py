"""The closing block of an official document (the issuing organs over the date), wherever the text puts it: at
the end, above a note or an attachment list a reader added, above a saved page's footer, or run on one line."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.lazyre import lazy
from reader.text.serials import office_signer, record_of_issue, without_note

Dated = Callable[[str], str]  # the ISO date of a line that is a date and nothing else, else ''
Names = Callable[[str], bool]  # a name that ends as an issuing body's does

_ORGAN_LINE = lazy(r"[\u4e00-\u9fff（）() \t\u3000]+")
_SIGNERS_MAX = 6  # organs of a joint notice signed one a line ('财政部 / 税务总局 / 海关总署')
_WORD = lazy(r"\S+")
_NOTE = lazy(r"[（(]\s*此件[\u4e00-\u9fff]{1,10}\s*[）)]$")  # '（此件公开发布）' after the date
_DATE_WORDS = 4  # '2018年 7月 24日': a date spread over at most four words
_DATE_ENDS = "日0123456789）)】]"
_DATE_MIN = 6  # "2021-1-1" and longer
_BODY_ENDS = ("。", "！", "？", "!", "?")
_LABELLED = lazy(r"(来源|來源|机构|機構|机关|機關|单位|單位|作者|出处|出處|稿源)\s*[:：][^:：]*$")  # '来源：国务院'


def _signer(line: str, names: Names) -> bool:
    return (len(line) <= 40 and not any(c in line for c in "。，；：:") and bool(line.split())
            and names(line.split()[-1]))


def _closed_up(line: str) -> str:
    """'国 务 院', '教　务　处': a name set out letter by letter, as a signature spaces it, read as the name."""
    words = line.split()
    return "".join(words) if len(words) > 1 and all(len(word) == 1 for word in words) else line


def signers(lines: list[str], names: Names) -> list[str]:
    """The organs signing, in order: the run of issuer lines over the date (a joint notice puts one on each)."""
    if not lines or not _signer(lines[-1], names):
        return []
    k = len(lines) - 1  # over the nearest, only lines of an organ's name ('三、领导小组' is a heading)
    while k > 0 and _signer(lines[k - 1], names) and _ORGAN_LINE.fullmatch(lines[k - 1]):
        k -= 1
    return [_closed_up(line) for line in lines[k:]]


def run_on(line: str, dated: Dated, names: Names) -> tuple[str, str]:
    """'…典型做法国务院办公厅　　2018年7月24日　（此件公开发布）': issuer and date on one line (a page that lost its
    breaks), the date spaced from a name that ends as an issuer's; (issuer when it stands alone, date) or ('', '')."""
    bare = _NOTE.sub("", line).rstrip() if line.endswith(("）", ")")) else line
    if bare[-1:] not in _DATE_ENDS[:11]:
        return "", ""
    words = list(_WORD.finditer(bare))
    for j in range(len(words) - 1, max(0, len(words) - _DATE_WORDS - 1), -1):
        date = dated(bare[words[j].start():])
        left = bare[:words[j].start()].rstrip()
        if date and left and names(left.split()[-1]) and not _LABELLED.search(left.split()[-1]):
            gap = words[j].start() - words[j - 1].end()
            if _signer(left, names):
                return _closed_up(" ".join(left.split())), date
            return ("", date) if gap >= 2 else ("", "")  # glued to the text: a wide gap sets the date apart
    return "", ""


def closing(tail: list[str], dated: Dated, names: Names) -> tuple[str, str]:
    """Authority and date of the closing block ('国务院 / 2019年1月24日 / （此件公开发布）') that ends the text."""
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        if date := dated(without_note(line)):
            organs = " ".join(" ".join(signers(tail[max(0, i - _SIGNERS_MAX):i], names)).split())
            return organs or (office_signer(tail[i - 1]) if i else ""), date
        if record_of_issue(line):
            continue  # the 版记 under the signature
        if (found := run_on(line, dated, names))[1]:
            return found
        if len(line) > 30 or line.endswith("。"):
            break  # body text: there is no closing date block
    return "", ""


def signed_within(lines: list[str], dated: Dated, names: Names) -> tuple[str, str]:
    """The last closing block with text after it (a reader's note, a 附件 list, a saved page's footer): issuer lines
    over a date line right under a paragraph's end, or issuer and date run on one line; ('', '') when none."""
    for i in range(len(lines) - 1, 0, -1):
        if len(lines[i]) < _DATE_MIN or lines[i][-1:] not in _DATE_ENDS:
            continue  # (most lines: nothing to read)
        if lines[i - 1].endswith(_BODY_ENDS) and (found := run_on(lines[i], dated, names))[1]:
            return found
        if not (date := dated(without_note(lines[i]))):
            continue
        organs = signers(lines[max(0, i - _SIGNERS_MAX):i], names)
        above = i - len(organs) - 1
        if organs and above >= 0 and lines[above].endswith(_BODY_ENDS):
            return " ".join(" ".join(organs).split()), date
    return "", ""
