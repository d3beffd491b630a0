"""A court's 纪要 headed '（2001年1月21日 法〔2001〕8号）': its date beside its 文号 is its 成文日期, as on two lines."""

from __future__ import annotations

import pytest

from reader.text.official import extract

TITLE = "最高人民法院关于全国法院审理金融犯罪案件工作座谈会纪要"
BODY = "为进一步加强人民法院对金融犯罪案件的审判工作，正确理解和适用刑法的有关规定。\n一、会议认为\n正文。"


def _official(header: str):
    return extract(f"{TITLE}\n{header}\n{BODY}", TITLE)


@pytest.mark.parametrize("header", ["（2001年1月21日 法〔2001〕8号）", "（2001年1月21日　法〔2001〕8号）",
                                    "(2001年1月21日 法〔2001〕8号)"])
def test_the_date_beside_the_number_in_brackets_is_the_written_date_as_on_two_lines(header):
    two_lines = _official("（2001年1月21日）\n法〔2001〕8号")
    official = _official(header)
    assert (official.number, official.written, official.authority) == ("法〔2001〕8号", "2001-01-21", "最高人民法院")
    assert official == two_lines
    # a number cited in the brackets, or a lead after the date, leaves the date unread as before
    assert _official(header.replace("法〔", "根据法〔").replace("号", "号文件精神")).written == ""
    assert _official("（2001年1月21日，最高人民法院召开座谈会）").written == ""
