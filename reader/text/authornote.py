"""An article's closing note on its author, bracketed on its own line: words of the article, not page chrome."""

from __future__ import annotations


from reader.text.lazyre import lazy

# '（作者：方敏 北京大学经济学院教授）', '(作者为中国人民大学教授)', '（本文作者系…研究员）': the writer's own line under the text
_NOTE = lazy(r"[（(](?:本文)?作者(?:[：:]|为|為|系|是)[^（()）]{2,60}[)）]")


def author_note(text: str) -> bool:
    """A whole line that is a bracketed note naming the article's author and who they are: it closes the article
    as its writer set it (a theory page's '（作者：…教授）'), so it stays, while its name may still fill the field."""
    return _NOTE.fullmatch(text.strip()) is not None
