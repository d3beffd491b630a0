"""Round 61J: hard-wrapped extracts (issue 9): a short title of two phrases a comma pairs ('快速，高质量的产出'), set
under a full line that ends its sentence in an extract with no blank lines, stays a line of its own."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_ABOVE = ["做一个优秀的软件开发工程师", "编写高质量的代码",
          "一般工程师只是考虑代码满足需求就好，不在乎代码的移植和",
          "重构工作。导致的问题是客户需求变更时，需要很长的时间才",
          "能对应，团队也因此疲于奔命，质量难以保证，客户也不满意。"]  # its last line full, ending its sentence
_BELOW = ["代码质量和开发代价上能做出很好的权衡，能够控制项目中的技",
          "术风险，让团队在有限的时间里交付可靠的产品。",
          "解决问题的能力",
          "寻找问题需要深刻理解问题的根源，根据根源才能找到合理的方",
          "案，一般的工程师遇到问题，不断盲目尝试，并没有根本上解决。"]


def _texts(line: str) -> list[str]:
    text = "\n".join(_ABOVE + [line] + _BELOW) + "\n"
    return [p.text for p in clean(decode_bytes(text.encode("utf-8"), "a.txt")).paragraphs]


@pytest.mark.parametrize("title", ["快速，高质量的产出", "稳定，可扩展的架构", "沟通顺畅，协作高效"])
def test_a_comma_paired_title_under_a_full_line_stays_whole(title):
    texts = _texts(title)
    assert title in texts
    assert "".join(_BELOW[:2]) in texts


@pytest.mark.parametrize(
    "tail",
    [
        "另外，还有",  # two words: a paragraph's last words
        "其次，我们、还有他们",  # a list's enumeration comma: prose
        "首先，其次，最后",  # two commas: prose
        "因此，我们的代码需要更多的测试和审查工作",  # half the width or more: a line the wrap may have cut
        "总之，",  # a comma at the end: the sentence goes on
        "快速，高质量的产出。",  # a finished sentence: the paragraph's last one
    ],
)
def test_prose_under_a_full_line_is_left_as_it_was(tail):
    texts = _texts(tail)
    assert tail not in texts
