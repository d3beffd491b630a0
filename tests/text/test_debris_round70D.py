"""A share row's prompt on a line of its own is page chrome (round 70D: 网易's '分享至好友和朋友圈', dev, stayed as the
article's first paragraph); a sentence about sharing is text."""

from __future__ import annotations

from reader.text.debris import line_reason


def test_a_share_prompt_alone_is_chrome_a_sentence_about_sharing_is_text() -> None:
    assert [line_reason(line) for line in ("分享至好友和朋友圈", "转发给微信好友", "分享给QQ好友")] == ["chrome"] * 3
    assert [line_reason(line) for line in ("他把照片分享到朋友圈后，引来了很多人的关注。", "分享到朋友圈的内容要注意保护隐私。",
                                           "分享经验给好友")] == [""] * 3
