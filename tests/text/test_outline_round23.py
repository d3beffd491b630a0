"""Lists written the Markdown way, every item numbered '1.': items, not sections."""

from __future__ import annotations

from support import parse_document

_HANDBOOK = """GitLab 沟通手册
内部沟通
我们的沟通方式如下，请大家遵守。
1. 有时候异步沟通是比较好的选择，但是不是默认的沟通方式。
1. 回复电子邮件，即使什么都不用干。这样可以让其他人知道你收到了。
1. 详细的邮件转发规则请参考公司的文档。
1. 使用公共issue跟踪页面，来跟踪所有的事情。
公司工作流
下面是我们处理工作的方式。
1. 要干任何事前都要建立一个issue。
1. 提交工作项时比较合理的方法是提交最小的工作项。
1. 要有意识地优先考虑你的工作。
"""

_BILINGUAL = """闪电网络论文译文
1. Introduction
1. 引言
比特币区块链的交易吞吐量有限，每秒只能处理少量交易，难以支撑全球支付。
2. Hashed Timelock Contracts
2. 哈希时间锁定合约
哈希时间锁定合约让双方在不信任对方的情况下跨通道完成支付，到期未领取则退回。
3. Conclusion
3. 结论
闪电网络使比特币能够在链下完成大量小额支付，并保持链上结算的安全性。
"""


def test_every_item_numbered_one_is_a_list():
    """d42_08: a handbook's Markdown lists number every item '1.'; read as sections, six of them stood in the
    outline as headings, each a sentence (F1 0.40)."""
    doc = parse_document(_HANDBOOK.encode("utf-8"))
    assert not [h for h in doc.headings if h.marker.startswith("1")]


def test_a_heading_over_its_translation_is_no_list():
    """f6_02: a translated paper sets each heading in English over its Chinese, both numbered alike: two lines with
    one number are sections still."""
    doc = parse_document(_BILINGUAL.encode("utf-8"))
    assert "哈希时间锁定合约" in [h.title for h in doc.headings]
