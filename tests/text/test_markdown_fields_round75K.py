"""Found on the Markdown corpus (session 75K): a residents' committee's minutes kept in Markdown mark each motion
with '###' ('### 議題1. 討論社區地下室漏水修補') and write its '**說明**: …' and '**決議**: …' under it, or list them ('- 說明:');
the outline showed every '說明' and '決議' as a heading of its own under each motion. The writer marked every part
meant with '#': the fields are each motion's text, as a Markdown viewer shows them."""

from __future__ import annotations

import pytest

from support import parse_document

BOLD = """# 第二次管委會會議紀錄

## 貳、議題討論

### 議題1. 討論社區地下室漏水修補

**說明**: 5/26 完成以下補漏
* B1F-156 車位上方為中庭排水管：完成油泥封烤
* B1F-187 車位及機車格：尚待連續晴天後補漏

**決議**: 由主委追蹤廠商施工進度，下次會議報告。

### 議題2. 討論社區機電合約即將到期

**說明**: 查機電合約 111/7/1 至 114/8/31 到期
* 擬公開招標，邀請三家以上廠商報價

**決議**: 9票同意公開招標。
"""
LISTED = """# 學生會會員大會紀錄

## 討論事項

### 提案一

- 案由: 萬聖夜跑相關問題，提請討論。
- 說明:
1. 夜跑前50名之獎品討論
2. 夜跑設水線的補給
- 決議：
1. 先請公關部洽談贊助水壺。
2. 香楠大道改供給免洗杯裝水。

### 提案二

- 案由: 校際合作連署活動，提請討論。
- 說明:
  - 有七所學校邀請本會共同連署。
- 決議：
  - 目前沒有意願出席。
"""
MOTIONS = ["貳、議題討論", "議題1.討論社區地下室漏水修補", "議題2.討論社區機電合約即將到期"]


def _titles(text: str, name: str) -> list[str]:
    return [(h.marker + h.title).replace(" ", "") for h in parse_document(text.encode("utf-8"), name=name).headings]


@pytest.mark.parametrize("text, headings", [
    (BOLD, MOTIONS),
    (LISTED, ["討論事項", "提案一", "提案二"]),
])
def test_a_markdown_records_fields_are_its_motions_text(text, headings):
    assert _titles(text, "minutes.md") == headings

