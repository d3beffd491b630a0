"""Why the outline kept or dropped each candidate: `zhreader outline --explain`, for a reader who wonders where a
heading went."""

from __future__ import annotations

from reader.text.captions import image_captions
from reader.text.headers import header_lines
from reader.text.markers import match_heading
from reader.text.model import Paragraph, shown_lines
from reader.text.linemarkers import why_not_candidate
from reader.text.candidate import nesting_key
from reader.text.outline import PLAIN_LEFT, outline_candidates
from reader.text.plainlines import framed_lines, label_lines
from reader.text.punctuation import original_of, read_as_rules
from reader.text.records import record_reasons
from reader.text.titledepth import MODEL_LOWER
from reader.text.titlescore import MODEL_LEFT, MODEL_TOOK


def explain_outline(paragraphs: tuple[Paragraph, ...] | list[Paragraph], title: str = "",
                    kind: str = "text") -> list[str]:
    """For each numbered family: how many headings it gave, and why each dropped candidate was not one."""
    written = list(paragraphs)
    paragraphs, title = read_as_rules(written, title)
    read = shown_lines(paragraphs) if kind == "html" else paragraphs  # as parse_outline reads a page
    candidates, _, stray = outline_candidates(read, title, kind, written=written)
    spelled = {}  # 'label-议题' in a traditional record is 'label-議題' as written
    for c in candidates:
        if c.key.startswith("label-") and c.key not in spelled:
            spelled[c.key] = "label-" + original_of(c.key[6:], [(paragraphs[c.index].text, written[c.index].text)])
    at = {c.index for c in candidates}
    shown = {c.index for c in candidates if c.accepted}
    kept: dict[str, int] = {}
    dropped: dict[str, dict[str, list[int]]] = {}  # family → reason → lines
    for c in candidates:
        if c.accepted:
            kept[c.key] = kept.get(c.key, 0) + 1
        else:
            dropped.setdefault(c.key, {}).setdefault(c.reason, []).append(paragraphs[c.index].line)
    for i, p in enumerate(paragraphs):
        m = match_heading(p.text) if i not in at and p.text != title else None
        if m is not None:
            reason = stray.get(i) or why_not_candidate(p.text, m)
            dropped.setdefault(nesting_key(m), {}).setdefault(reason, []).append(p.line)
    for key, lines in (("header", header_lines(read)), ("caption", image_captions(read, kind))):
        for i, reason in ((i, r) for i, r in lines.items() if i not in shown):  # a heading is no caption
            dropped.setdefault(key, {}).setdefault(reason, []).append(paragraphs[i].line)
    out = []
    for verdict in (MODEL_TOOK, MODEL_LEFT, MODEL_LOWER):  # a short line the models weighed otherwise than the rules
        lines = [f"{paragraphs[i].line} {why[len(verdict) + 1:]}" for i, why in sorted(stray.items()) if why.startswith(verdict)]
        if lines:
            more = f" … ({len(lines)} in all)" if len(lines) > 8 else ""
            out.append(f"unnumbered, {verdict}: line{'s' if len(lines) > 1 else ''} {', '.join(lines[:8])}{more}")
    if left := [paragraphs[i].line for i, why in sorted(stray.items()) if why == PLAIN_LEFT]:
        more = f" … ({len(left)} in all)" if len(left) > 8 else ""
        out.append(f"unnumbered, {PLAIN_LEFT}: line{'s' if len(left) > 1 else ''} {', '.join(map(str, left[:8]))}{more}")
    labels = label_lines(read, title)
    for name, lines in (("lines framed by one ornament, repeated", framed_lines(read)),
                        ("labels that each open a list from 1", labels),
                        *record_reasons(read, labels, title)):  # job titles over labels, records' names
        if lines:
            out.append(f"unnumbered, {name}: lines {', '.join(str(paragraphs[i].line) for i in sorted(lines))}")
    for key in sorted(set(kept) | set(dropped), key=lambda k: (-kept.get(k, 0), k)):
        reasons = dropped.get(key, {})
        out.append(f"{spelled.get(key, key)}: {kept.get(key, 0)} kept, {sum(map(len, reasons.values()))} dropped")
        for reason, lines in reasons.items():
            shown = ", ".join(map(str, lines[:8])) + (f" … ({len(lines)} in all)" if len(lines) > 8 else "")
            out.append(f"  line{'s' if len(lines) > 1 else ''} {shown}: {reason}")
    return out
