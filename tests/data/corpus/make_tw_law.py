"""Render a Taiwan law from kong0107/mojLawSplitJSON (FalVMingLing/<pcode>.json) the way the corpus's tw* documents are
laid out, and write its gold outline from the JSON's structure (not from the model).

Text: '法規名稱：…' and '修正日期：民國 …' lines, a blank line, then each 編章節 line and each article as '第 N 條' on
its own line followed by the article's lines. Gold: every 編/章/節/款/目 unit (marker '第 一 章', its title) and every
article (marker and title '第 N 條'), a unit one level below the nearest enclosing unit of lower rank, an article one
level below the unit it sits in. Run from the repository root:
    python tests/data/corpus/make_tw_law.py JSON NAME SPLIT [--fresh]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
_RANK = {"編": 0, "章": 1, "節": 2, "款": 3, "目": 4}
_UNIT = re.compile(r"(第\s*\S+?\s*(?:編|章|節|款|目)(?:之\S+)?)\s*(.*)")


def _date(raw: str) -> str:
    """'20220511' → '民國 111 年 05 月 11 日'."""
    return f"民國 {int(raw[:4]) - 1911} 年 {raw[4:6]} 月 {raw[6:8]} 日"


def render(law: dict) -> tuple[list[str], list[dict]]:
    """The document's lines and its gold headings."""
    lines = [f"法規名稱：{law['法規名稱']}", f"修正日期：{_date(law['最新異動日期'])}", ""]
    gold: list[dict] = []
    open_units: list[tuple[int, int]] = []  # (rank, depth)
    for item in law["法規內容"]:
        if "編章節" in item:
            text = " ".join(item["編章節"].split())
            m = _UNIT.fullmatch(text)
            kind = re.search("編|章|節|款|目", m.group(1)).group(0)
            rank = _RANK[kind]
            while open_units and open_units[-1][0] >= rank:
                open_units.pop()
            depth = open_units[-1][1] + 1 if open_units else 1
            open_units.append((rank, depth))
            lines.append(text)
            gold.append({"depth": depth, "marker": m.group(1), "title": m.group(2), "line": len(lines)})
        else:
            lines.append(item["條號"])
            depth = open_units[-1][1] + 1 if open_units else 1
            gold.append({"depth": depth, "marker": item["條號"], "title": item["條號"], "line": len(lines)})
            lines.extend(item.get("條文內容", "").replace("\r\n", "\n").split("\n"))
    return lines, gold


def main(argv: list[str]) -> None:
    source, name, split = Path(argv[0]), argv[1], argv[2]
    law = json.loads(source.read_text(encoding="utf-8-sig"))
    lines, gold = render(law)
    (CORPUS / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = {"file": f"{name}.txt", "split": split, "title": law["法規名稱"]}
    if "--fresh" in argv:
        record["fresh"] = True
    record["headings"] = gold
    text = json.dumps(record, ensure_ascii=False, indent=0) + "\n"
    (CORPUS / "gold" / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
