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


def _gitbook_page() -> str:
    chapters = ["什麼是以太坊", "以太坊基礎", "以太坊客戶端", "以太坊測試網", "密鑰，地址", "錢包", "交易", "智能合約",
                "開發工具，框架和庫", "Tokens", "去中心化應用", "Oracles"]
    sidebar = "\n".join(f"第{n}章 {name}" for n, name in enumerate(chapters, 1))
    return (f"第1章 什麼是以太坊 · GitBook\nIntroduction\n前言\n術語\n{sidebar}\nPublished with GitBook\n"
            "第1章 什麼是以太坊\n「世界的計算機」，這是對以太坊平臺的一種常見描述。\n"
            "從計算機科學的角度來說，以太坊是一臺確定性但實際上無界的狀態機，它有兩個基本功能：全局可訪問的單例狀態，"
            "和對狀態進行更改的虛擬機。\n"
            "從更實際的角度來說，以太坊是一個開源的、全球分散的計算基礎架構，執行稱為智能合約的程序。\n"
            "以太坊讓開發者能夠利用內建的經濟學功能構建強大的去中心化應用，同時減少或消除審查，第三方接口和交易對手風險。\n")


def test_a_sidebar_whose_entries_hold_commas_is_still_a_contents_list():
    """d49_10: a GitBook page lists every chapter in its sidebar; two titles with a comma ('第5章 密鑰，地址') and the
    page title above thinned the list below the share of entries a contents list needs, and all twelve chapters
    stood in the outline of a page that holds one."""
    doc = parse_document(_gitbook_page().encode("utf-8"))
    assert [h.title for h in doc.headings if h.marker.startswith("第")] == ["什麼是以太坊"]
