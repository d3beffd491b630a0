"""A transcript's spoken lines: what a lecturer says while leading the audience on ('我们再看一下 Avg. Tx 延时',
'我们暂且叫它ci和cd'), which a transcript leaves short and without its stop, as a title is; a title names a topic,
it does not tell the audience what the speaker is doing with them."""

from __future__ import annotations


from reader.text.lazyre import lazy

# who is speaking or spoken to: the lecturer with the audience, or the audience
_SPEAKER = lazy("我们|我們|咱们|咱們|大家|同学|同學|你们|你們|我|你")
# a verb softened by 一下 ('看一下', '分析一下', '算一下'), or a cleft telling what is to be done ('我们要做的是…'):
# how one talks to a room, not how a heading is worded
_SOFTENED = lazy("[看讲講说說聊谈談算试試查想析绍紹论論]一下|[做讲講说說谈談聊]的是")
# naming a thing as the talk goes: '我们暂且叫它ci和cd', '统一命名叫做.net 5'
_NAMING = lazy("叫它|叫做|称它为|稱它為")


def spoken_line(text: str) -> bool:
    """A speaker's running words to the audience (a softened verb or a cleft after who speaks, or a thing named in
    passing): a sentence of the talk, never a title; a question ('能否介绍一下…？') may still head an answer."""
    text = text.strip()
    if not text or text[-1] in "？?":
        return False
    if (m := _SOFTENED.search(text)) is not None:
        return _SPEAKER.search(text, 0, m.start()) is not None
    return (m := _NAMING.search(text)) is not None and m.start() > 0  # '叫做…' alone may name a part


_PRESSING = lazy("究竟|到底")  # '我究竟重構了什麼？', '到底谁在使用 Rust 呢？': the speaker presses the question


def pressed_question(text: str) -> bool:
    """'具體而言我究竟重構了什麼？': a question pressed with 究竟 or 到底 is the speaker's own, asked of the listener
    on the way to the answer; a heading that asks names its topic plainly ('重构的范围')."""
    text = text.strip()
    return text[-1:] in "？?" and _PRESSING.search(text) is not None
