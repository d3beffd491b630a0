"""Round 57A (issue #9, news): a bilingual transcript names each speaker twice, in the original ('Reporter: Sir, …?')
and in the translation right under it ('记者：先生，…？'); the Latin name is the Chinese one's twin, not a second
voice that asks, so the asker's Chinese questions head the parts as in a Chinese transcript."""

from __future__ import annotations

import pytest

from reader.text.questions import _twins
from support import outline

ANSWER_EN = "We played a very important role, and they had a very important role with the other side, believe me."
ANSWER_ZH = "我们扮演了非常重要的角色，他们在与对方的谈判中也扮演了非常重要的角色，相信我，这是真的。"
QUESTIONS = [("Sir, what role will Egypt play in the peace process here?", "记者：先生，埃及在和平进程中将扮演什么角色？"),
             ("Can you tell us what the next steps are?", "记者：您能告诉我们接下来的步骤是什么吗？"),
             ("When does the second phase begin, Mr. President?", "记者：总统先生，第二阶段的谈判何时开始？"),
             ("Will he join the board of peace?", "记者：先生，他会加入和平委员会吗？")]


def _transcript(reporter: str = "Reporter", speaker: str = "Trump") -> list[str]:
    lines = ["特朗普与埃及总统会晤", "今天两国领导人在会谈前会见了记者，回答了有关和平进程的问题。"]
    for en, zh in QUESTIONS:
        lines += [f"{reporter}: {en}", zh, f"{speaker}: {ANSWER_EN}", f"特朗普：{ANSWER_ZH}"]
    return lines


@pytest.mark.parametrize("reporter", ["Reporter", "Q", "Journalist"])
def test_a_bilingual_transcript_asks_in_its_chinese_lines(reporter: str) -> None:
    found = [t for _, m, t in outline(_transcript(reporter), "特朗普与埃及总统会晤")]
    assert len(found) == len(QUESTIONS)
    assert all("记者" in t or t.startswith(("先生", "您", "总统")) for t in found)


@pytest.mark.parametrize("turns, twins", [
    ({"Reporter": [0, 4, 8], "记者": [1, 5, 9], "Trump": [2, 6, 10], "特朗普": [3, 7, 11]}, {"Reporter", "Trump"}),
    ({"Reporter": [0, 10, 20], "记者": [1, 5, 9]}, set()),  # far from the Chinese turns: another voice
    ({"Reporter": [0, 4, 8, 12], "记者": [1, 5, 9]}, set()),  # a turn more: not the same speaker's
    ({"Reporter": [0, 4], "记者": [1, 5]}, set()),  # too few turns to tell
    ({"记者": [0, 4, 8], "主持人": [1, 5, 9]}, set()),  # two Chinese names are two voices
])
def test_twins(turns: dict, twins: set) -> None:
    assert _twins(turns) == twins


def test_a_chinese_transcript_with_two_askers_stays_as_it_was() -> None:
    lines = ["座谈会记录", "今天的座谈会邀请了两位记者与专家对谈，讨论了城市规划中的几个问题，现场气氛热烈。"]
    for n in range(3):
        lines += [f"记者：第{n + 1}个问题，您怎么看城市规划？", f"主持人：第{n + 1}个问题，专家怎么看城市更新？",
                  f"专家：{ANSWER_ZH}"]
    assert not any(t.startswith(("第", "记者", "主持人")) for _, _, t in outline(lines, "座谈会记录"))
