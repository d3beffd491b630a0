"""Found by hand (session 73F): a VuePress note's boxes ('::: info 平时我们安装进虚拟机的CentOS都是好几个G，为什么Docker
这里才200M？？' … ':::', markdown-it-container's fences) showed their fences as text: a paragraph reading ':::' after
each box and '::: info ' before its title. A Markdown viewer draws a box: the fences are shown nowhere, the words
after the box's kind are its title, its settings ('key:campus') are no words of the text, and a fence inside a
code block stays code."""

from __future__ import annotations

from support import parse_document

NOTE = """# Docker镜像

## 镜像加载原理

rootfs就是各种不同的操作系统发行版，比如Ubuntu，Centos等等。

::: info 平时我们安装进虚拟机的`CentOS`都是好几个G，为什么`Docker`这里才200M？？

对于一个精简的OS，rootfs可以很小，只需要包括最基本的命令、工具和程序库就可以了。

:::

:::tabs key:campus

@tab 东校区

东校区的图书馆在教学楼北面。

::: code-tabs#Linux

  :::

:::

::: details 目录（点击展开）
- 第一章
:::
"""
CODE = """
```markdown
::: tip 代码里的围栏
:::
```
"""


def _paragraphs(text: str = NOTE) -> list[str]:
    return [p.text for p in parse_document(text.encode("utf-8"), name="note.md").paragraphs]


def test_a_boxs_fences_are_shown_nowhere():
    shown = _paragraphs()
    assert not any(p.strip(" \t") == ":::" for p in shown)
    assert not any(p.startswith((":::", "::: ")) for p in shown)


def test_a_boxs_title_reads_as_its_words_and_its_settings_as_none():
    shown = _paragraphs(NOTE + CODE)
    assert "平时我们安装进虚拟机的CentOS都是好几个G，为什么Docker这里才200M？？" in shown
    assert "目录（点击展开）" in shown
    assert not any("key:campus" in p or "code-tabs" in p for p in shown)
    assert "对于一个精简的OS，rootfs可以很小，只需要包括最基本的命令、工具和程序库就可以了。" in shown
    assert "::: tip 代码里的围栏" in shown and shown[-1] == ":::"  # a fence inside a code block stays code
