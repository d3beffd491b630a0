"""Round 57C (issue #9, recall): a note's terms in Latin letters, each alone on its line right over the Chinese
paragraph that opens by naming it again ('Interleaving' over 'Interleaving（交错） 指的是…'), title its parts, even
with no blank line around them, no code in the note and numbered points beside them."""

from __future__ import annotations

import pytest

from reader.text.echoedterms import echoed_terms
from reader.text.markers import match_heading
from support import outline, paragraphs

INTRO = "这门课讲的是学习的方法，下面按课程的顺序记下每个概念和我自己的理解，方便以后复习的时候查看。"
POINTS = ["1. Practice and Repetition", "Practice and Repetition意味着我们需要不断地重复来加深记忆，而且要间歇性地重复。",
          "2. Memory Tricks", "Memory Tricks指的是一些记忆的技巧，比如动手书写，或者利用图像与记忆的内容做联想。",
          "3. Pomodoro", "Pomodoro是一个定时的提醒器，一般划分二十到三十分钟的学习区间，在这段时间里专注学习。"]
TERMS = [("Overlearning", "Overlearning（过度学习） 指的是在已经掌握所学的内容后继续重复练习的行为，这是一种时间上的浪费。"),
         ("Einstellung", "Einstellung（定势） 指的是原有的思维阻碍了我们产生更新的更好的想法，需要换一个角度来思考。"),
         ("Zombie Mode", "所谓僵尸模式（Zombie Mode），是指大脑在受到特定的外界刺激时会做出习惯性的反应，比如拖延。")]


def _lines(terms: list[tuple[str, str]]) -> list[str]:
    lines = ["Memories", "Memories这一部分讲的是记忆的原理，以及怎样把短期记忆变为长期记忆，下面是三个方法。", *POINTS]
    for term, text in terms:
        lines += [term, text]
    return lines


@pytest.mark.parametrize("terms", [TERMS[:2], TERMS[1:], [TERMS[0], TERMS[2]]])
def test_terms_named_again_under_them_head_their_parts(terms: list[tuple[str, str]]) -> None:
    titles = [t for _, _, t in outline([INTRO, *_lines(terms)], "学习方法心得")]
    assert all(term in titles for term, _ in terms)


@pytest.mark.parametrize("lines", [
    [INTRO, "Overlearning", TERMS[0][1], INTRO],  # one alone: no title
    [INTRO, "Overlearning", "过度学习指的是在已经掌握所学的内容后继续重复练习的行为，这是一种时间上的浪费。",
     "Einstellung", "定势指的是原有的思维阻碍了我们产生更新的更好的想法，需要换一个角度来思考。"],  # not named again
    ["我们用 Overlearning 这个词来说。", "Overlearning", TERMS[0][1],
     "我们用 Einstellung 这个词来说。", "Einstellung", TERMS[1][1]],  # the line above has just used it: a label
    [INTRO, "docker pull registry", "docker pull registry 会从仓库拉取镜像，下载完成之后就可以在本地运行它了。",
     "docker ps", "docker ps 会列出正在运行的容器，加上参数还可以看到已经停止的那些容器。"],  # commands
    [INTRO, "输出结果：", "Hello World", "Hello World 之后程序退出，后面的那一行没有打印，因为程序已经中止了。", "输出结果：",
     "Goodbye World", "Goodbye World 也是程序的输出，它在退出之前打印，后面的那一行同样没有打印。"],  # output after a colon
    [INTRO, "Go", "Go语言是谷歌开发的一种静态强类型、编译型语言，语法和C语言相近，但功能更加丰富。",
     "IP", "IP地址是指互联网协议地址，是分配给网络上使用网际协议的设备的数字标签，用来定位。"],  # too short to tell
    [INTRO, "Overlearning", "Overlearning", "Einstellung", "Einstellung"],  # no paragraph under them
])
def test_lines_that_are_no_echoed_term(lines: list[str]) -> None:
    ps = paragraphs(lines)
    assert echoed_terms(ps, [match_heading(p.text) for p in ps]) == set()
