#!/usr/bin/env python3
"""Stand-alone bold lines of a Markdown source ('**…**' as the whole line), located in the converted text.
bold_lines(md_path, txt_lines) -> [(line_no_1based, text)], in order; each is searched after the previous match."""
import re
def bold_lines(md_path, lines):
    out, pos = [], 0
    for raw in open(md_path, encoding='utf-8-sig').read().split('\n'):
        m = re.fullmatch(r'\s*\*\*(.+?)\*\*\s*', raw)
        if not m or '**' in m.group(1):
            continue
        t = m.group(1).strip()
        for i in range(pos, len(lines)):
            if lines[i].strip() == t:
                out.append((i + 1, t)); pos = i + 1
                break
        else:
            raise SystemExit('bold line not found: ' + t)
    return out
