"""Time parse_outline on a synthetic law of about 1 M characters (编 > 章 > 节 > 条 with （一）…； items) and a long report;
the law again in traditional characters, whole and its first 400 K (up to there the rules read it in simplified)."""

from __future__ import annotations

import statistics
import sys
import time

from reader.text.model import Paragraph
from reader.text.numerals import int_to_cn


def _cn(n: int) -> str:
    """Chinese numeral for any article number (第一百二十三条)."""
    if n < 100:
        return int_to_cn(n)
    hundreds, rest = divmod(n, 100)
    tail = "" if not rest else ("零" + int_to_cn(rest) if rest < 10 else ("一" if rest < 20 else "") + int_to_cn(rest))
    return int_to_cn(hundreds) + "百" + tail


def synthetic_law(target_chars: int = 1_000_000) -> list[str]:
    """Lines of a law long enough to reach target_chars."""
    lines: list[str] = []
    size = article = 0
    part = 0
    while size < target_chars:
        part += 1
        lines.append(f"第{_cn(part)}编 第{part}编的标题")
        for chapter in range(1, 8):
            lines.append(f"第{_cn(chapter)}章 关于某项制度的规定")
            for section in range(1, 5):
                lines.append(f"第{_cn(section)}节 一般规定")
                for _ in range(6):
                    article += 1
                    lines.append(f"第{_cn(article)}条 国家依照法律规定保障公民的各项权利，有关机关应当依法履行职责，"
                                 "不得推诿，具体办法由国务院规定。本条所称机关包括以下单位：")
                    for item in range(1, 4):
                        lines.append(f"（{int_to_cn(item)}）各级人民政府及其所属部门和依法授权的组织；")
                    lines.append("违反前款规定的，由上级机关责令改正；情节严重的，依法给予处分。" * 3)
        size = sum(len(x) + 1 for x in lines)
    return lines


def synthetic_report(target_chars: int = 1_000_000) -> list[str]:
    """Lines of a long report with the 一、 > （一） > 1. > （1） chain."""
    lines: list[str] = []
    size = 0
    top = 0
    body = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。" * 4
    while size < target_chars:
        top = top % 99 + 1
        lines.append(f"{int_to_cn(top)}、总体要求和主要目标")
        for a in range(1, 6):
            lines.append(f"（{int_to_cn(a)}）加强组织领导。{body}")
            for b in range(1, 5):
                lines.append(f"{b}.完善工作机制")
                lines.append(body)
                for c in range(1, 4):
                    lines.append(f"（{c}）明确责任分工。{body}")
        size = sum(len(x) + 1 for x in lines)
    return lines


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    out, start = [], 0
    for n, text in enumerate(lines, 1):
        out.append(Paragraph(text, n, start))
        start += len(text) + 1
    return out


def main() -> int:
    from reader.text.outline import parse_outline

    from reader.text.convert import get_converter

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    law = synthetic_law()
    to_traditional = get_converter("s2t").convert
    cases = (("law", law), ("report", synthetic_report()), ("law in traditional characters", [to_traditional(x) for x in law]),
             ("a traditional law's first 400 K (read in simplified)", [to_traditional(x) for x in law[:8600]]))
    for name, lines in cases:
        paragraphs = _paragraphs(lines)
        chars = paragraphs[-1].start + len(lines[-1])
        times, cpu, headings = [], [], ()
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            headings = parse_outline(paragraphs)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)  # on a shared machine the CPU time says more than the clock
        print(f"{name}: {chars:,} chars, {len(paragraphs):,} paragraphs, {len(headings):,} headings: "
              f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, "
              f"CPU median {statistics.median(cpu) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
