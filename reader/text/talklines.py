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


# words pointing back at what was just said or shown, after a line's first word: 'this/these' with a measure word
# ('…这些现状', '…這個挑戰'; at the start, '这个产品…' names the line's own topic, as a title may), 'just now'
# ('刚刚的例子', '刚才那张图'), the speaker and the room together ('咱们'); '这些年' is a span of time, as a title may name one
_BACK = lazy("[这這](?:[个個样樣里裡裏批]|些(?!年))|(?:刚刚|剛剛|刚才|剛才)[的那說说讲講提]|咱们|咱們")
_THUS = lazy("[这這][样樣就]")  # '这样我们…', '这就得到了…': 'so', 'thus' going on from the last step


def points_back(text: str) -> bool:
    """'针对这些现状，标签中心希望', '这就得到了第二个公式': a line that points back at what the talk has just said or
    shown is a sentence of the talk; a title names its topic in its own words (a question is weighed as one)."""
    text = text.strip()
    return text[-1:] not in "？?" and (_THUS.match(text) is not None or _BACK.search(text, 1) is not None)


# '今天就讲这么多', '我的演讲完了', '今天的分享就到这里': the speaker closes the talk (its first clause, all of it)
_SIGN_OFF = lazy(r"(?:今天|今日|我今天|我|我们|我們|本次)?的?(?:演讲|演講|发言|發言|分享|报告|報告|介绍|介紹|课|課)?"
                 r"(?:就|先)?(?:讲|講|说|說|聊|分享|介绍|介紹)?"
                 r"(?:到这里|到這裡|到这儿|到這兒|到此|这么多|這麼多|这些|這些|完了|结束了|結束了)[吧了啦]?")
_CLAUSE_END = "，,。！!？?…"


def signing_off(text: str) -> bool:
    """'今天就讲这么多，大家有什么要问的吗？': the speaker closes the talk (and may ask for questions); a sentence of
    the talk at its end, never the title of what follows."""
    text = text.strip()
    end = next((k for k, c in enumerate(text) if c in _CLAUSE_END), len(text))
    return 2 < end <= 16 and _SIGN_OFF.fullmatch(text, 0, end) is not None
