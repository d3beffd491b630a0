"""A letter's undertakings: '一、我方愿意按照招标文件的要求，…完成本项目的全部工作内容。' on to '六、如我方中标，…签订合同。'.
Numbered items each a whole sentence in the writer's own voice (我方, 本人, 我公司) are the body of a bid's letter or a
pledge, read at a glance like its other sentences; a section's title names a subject and never speaks so."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_WRITER = ("我方", "本人", "我公司", "我单位", "我司", "本公司", "本单位", "我單位", "本單位")  # the party that writes
_IF = ("如", "若", "凡")  # '如我方中标，…': an undertaking on a condition, still the writer's
_SENTENCE_ENDS = ("。", "；", ";")
_LEAST = 3  # items before a run reads as a letter's undertakings, not a title that happens to open so
REASON = "a letter's undertaking: each item of its run is a sentence in the writer's own voice (我方…。)"


def _undertaking(text: str, m: HeadingMatch) -> bool:
    """'一、我方愿意…。': after its marker, the writer's party opens the item (on a condition or not) and a stop ends it."""
    body = text.strip()[len(m.marker):].lstrip()
    body = body[1:] if body[:1] in _IF else body
    return body.startswith(_WRITER) and text.rstrip().endswith(_SENTENCE_ENDS)


def pledged_items(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """The items of each run of one numbering (一、 二、 三、 …, other lines between them) whose every item is the
    writer's undertaking, with the reason for --explain."""
    out: dict[int, str] = {}
    run: list[tuple[int, HeadingMatch]] = []

    def close() -> None:
        if len(run) >= _LEAST and all(_undertaking(paragraphs[i].text, m) for i, m in run):
            out.update(dict.fromkeys((i for i, _ in run), REASON))

    for i, m in enumerate(matches):
        if m is None:
            continue
        if run and (m.family != run[-1][1].family or m.number != run[-1][1].number + 1):
            close()
            run = []
        run.append((i, m))
    close()
    return out
