"""A text's closing title ('最后', '写在最后', '总结', '未来可期') after its last part's sections: it closes the whole
text, not that part, and stands at the top with the parts; a chapter's summary ('本章要點') after its last numbered
section closes the chapter, and stands beside the chapter's sections."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.text.bodytext import is_body
from reader.text.candidate import ancestors
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.punctuation import label_name

# How a report, a year's review or a blog post ends: the names of its closing part, said once, at the end.
CLOSING_NAMES = frozenset(
    "最后 写在最后 最后的话 写在后面 写在最後 最後 總結 总结 总结与展望 總結與展望 结语 結語 结束语 結束語 余论 餘論 尾声 尾聲 "
    "展望 未来展望 未來展望 展望未来 展望未來 未来计划 未來計劃 下一步计划 下一步計劃 结论 結論 结论与展望 結論與展望 "
    "结论和展望 結論和展望 总结和展望 總結和展望 未来可期 未來可期 后记 後記 感想 个人感想 個人感想 心得体会 心得體會 致谢 致謝 特别致谢 "
    "特別致謝 Summary Conclusion Conclusions Theend TheEnd".split())  # 'The end' is 'Theend' as label_name reads it
# '本章小结', '本章要點': the chapter's own summary, whatever section it follows
_CHAPTER_NOTE = lazy(r"本章(?:小结|小結|要点|要點|重点|重點|总结|總結|回顾|回顧|摘要|提要)[:：]?")
_AFTER = frozenset("参考 參考 参考文献 參考文獻 参考资料 參考資料 附录 附錄 引用".split())  # what may follow the close


def lift_closing_titles(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'最后' nested under the last part's last section: where the text's closing titles are its last unnumbered
    titles (before its references, at most), each named so once, and no number stands at the top, they go back to the
    parts' level (under the one title over all the others, where the text has one). A note's numbered items under its
    titles ('（1）全局监控任务' under '调度器') leave the parts unnumbered. A closing name said in several parts ('小结',
    '总结' under each chapter) closes that part each time: it stays."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if len(chosen) < 3 or any(candidates[n].numbered() and candidates[n].parent < 0 for n in chosen):
        return  # a number at the top says the parts' level; a note's sub-titles ('工作' under '项目') are unnumbered
    chosen = [n for n in chosen if not candidates[n].numbered()]  # the items under the titles go with their titles
    if len(chosen) < 3:
        return
    names = [label_name(paragraphs[candidates[n].index].text) for n in chosen]
    counts = Counter(names)
    k = len(chosen)
    while k > 0 and names[k - 1] in _AFTER:
        k -= 1
    closing: list[int] = []
    while k > 0 and names[k - 1] in CLOSING_NAMES and counts[names[k - 1]] == 1:
        k -= 1
        closing.append(chosen[k])
    if not closing or k == 0:
        return
    top = [n for n in chosen[:k] if candidates[n].parent < 0]
    root = top[0] if len(top) == 1 and _heads_text(paragraphs, candidates[top[0]].index) else -1  # one title over
    # all the others, the text's own: the parts stand under it ('收获' after the lead is a part beside the close)
    for n in closing:
        if candidates[n].parent >= 0 and candidates[n].parent != root:
            candidates[n].parent = root


def _heads_text(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the title at `index` stands over the whole text: no paragraph of running text comes before it."""
    return not any(is_body(p.text) for p in paragraphs[:index])


def lift_chapter_notes(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'本章要點' after '3.6 演算法的限制': a title that says it sums up the chapter ('本章…') is the chapter's, beside
    its numbered sections ('3.1' … '3.6'), not inside the last of them; out of those sections (and the unnumbered
    titles in them) it goes, up to the chapter that holds them, or to the top where the text is the chapter."""
    for c in candidates:
        if not c.accepted or c.numbered() \
                or _CHAPTER_NOTE.fullmatch("".join(paragraphs[c.index].text.split())) is None:
            continue
        parent = c.parent
        for up in ancestors(candidates, c.parent):
            if not (candidates[up].key in ("container", "sub") or _section(candidates[up].key)):
                break
            if _section(candidates[up].key):
                parent = candidates[up].parent
        c.parent = parent


def _section(key: str) -> bool:
    """A numbered section inside a chapter: '3.6', '9.5.1' (not the chapter's own '3')."""
    return key.startswith("decimal") and key[7:].isdigit() and int(key[7:]) >= 2
