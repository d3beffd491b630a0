"""A page whose text is typed straight into its body, paragraphs parted by blank lines only (round 70D: a Big5 news
text saved as .html without a charset, dev, came out as one paragraph)."""

from __future__ import annotations

from reader.text.decode import decode_bytes
from reader.text.document import build_document

_PARAGRAPHS = ("台北看守所昨天抽查收容人的房舍，引來強烈不滿，律師已向所方表達抗議。",
               "看守所昨天立即澄清，「查房」是例行公事，抽查結果未發現違規物品，也未帶走任何文件。",
               "副所長強調，為維護收容人安全，每天都會不定時、不定點抽查舍房。")


def _paragraphs(body: str, encoding: str = "utf-8") -> list[str]:
    page = f"<html>\n <head>\n  <title> 新聞 </title>\n </head>\n\n <body>\n  {body}\n </body>\n</html>\n"
    return [p.text for p in build_document(decode_bytes(page.encode(encoding), name="news.html")).paragraphs]


def test_blank_lines_part_the_paragraphs_of_text_typed_in_the_body() -> None:
    assert _paragraphs("\n\n".join(_PARAGRAPHS)) == list(_PARAGRAPHS)
    assert _paragraphs("\n\n".join(_PARAGRAPHS), "big5") == list(_PARAGRAPHS)


def test_text_in_a_bare_div_is_parted_too_but_not_a_title_over_its_text() -> None:
    assert _paragraphs("<div>" + "\n \n".join(_PARAGRAPHS) + "</div>") == list(_PARAGRAPHS)
    titled = _paragraphs("<div>看守所查房風波\n\n" + _PARAGRAPHS[0] + "</div>")
    assert titled[-1].endswith(_PARAGRAPHS[0]) and len(titled) == 1
