"""A line ending in a laugh or an emoticon ('…小礼品 xD', '…爽的 LOL', '…礼物 >_<') is a chatty remark, as under a
blog's picture: a title states its subject and never ends laughing."""

from __future__ import annotations

# Said only in chat: a line ending so is a remark whatever stands before it.
_ALWAYS = ("xD", "LMAO", "lmao", ">_<", "_>\\_<_", "_>_<_", "^_^", "^o^", "T_T", "QAQ", "QwQ", "orz", "\\:D", " :D",
           "（笑）", "(笑)", "（逃）", "(逃)", "（bushi）", "(bushi)", "[doge]", "hhhh", "哈哈哈")
# Also a name ('英雄联盟 LOL', 'Adobe XD'): a remark only after a clause ('…六人餐，爽的 LOL').
_AFTER_CLAUSE = ("LOL", "lol", "XD")


def chatty_ending(text: str) -> bool:
    """The line ends in a laugh or an emoticon, as a remark does and a title does not (its end only is looked at)."""
    tail = text.rstrip()
    if tail.endswith(_ALWAYS):
        return True
    token = next((t for t in _AFTER_CLAUSE if tail.endswith(t)), "")
    if not token:
        return False
    word = tail[:-len(token)]  # the token is a word of its own, after a space or a Chinese character, and a clause
    return (not word or not word[-1].isascii() or word[-1] == " ") and ("，" in word or "," in word)  # before it
