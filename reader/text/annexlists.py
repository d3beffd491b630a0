"""A notice names its attachments after its text ('附件：' over '包头市数字政府建设考评指标') and then carries each under
its own label ('附件' over the same title), as GB/T 9704 lays an official document out: the first label lists, the
second holds. One look at the line under each label: linear time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.text.model import Paragraph


def _squeeze(text: str) -> str:
    return "".join(text.split())


def listing_labels(paragraphs: Sequence[Paragraph], labels: Iterable[int]) -> set[int]:
    """The labels of `labels` written with a colon ('附件：') whose next line is said again right under a later label
    written bare ('附件'): a list of the attachments, heading none of them."""
    labels = sorted(labels)
    held: dict[str, int] = {}  # the line under a bare label -> the last such label
    for i in labels:
        if i + 1 < len(paragraphs) and not _squeeze(paragraphs[i].text).endswith(("：", ":")):
            held[_squeeze(paragraphs[i + 1].text)] = i
    return {i for i in labels if i + 1 < len(paragraphs) and _squeeze(paragraphs[i].text).endswith(("：", ":"))
            and held.get(_squeeze(paragraphs[i + 1].text), -1) > i}
