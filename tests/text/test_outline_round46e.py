"""Round 46e: titles a word counts ('步骤一：填写申请' … '步骤四：退款到账'). A writer labels each part of a series with
the same word and its count, so where the rules take one of them as a title (the one between two passages) the
others, right under a title or over a list or a table, are titles too, beside it. Sentences ('方案一：…。'), a
count that goes back ('问题一' asked, then answered), a field's value with no Chinese title ('排名 1:/owner/repo')
and lines that follow one another as a list's stay as they were."""

from __future__ import annotations

import pytest

from support import outline
from reader.text.ordinalseries import counted_label

_STEPS = ["步骤一：填写申请", "步骤二：门店审核", "步骤三：归还物品", "步骤四：退款到账"]


def _guide(steps: list[str]) -> list[str]:
    """A gym's refund guide in the style of a shop's after-sales page: short titles, lists, a table, four steps."""
    return ["健身会员退费指南", "我们希望每位会员都能放心办卡，退费问题也能得到及时处理",
            "会员权益", "我们的约定", "开卡七天内可全额退费", "门店停业可免费转店", "教练课程随时可以改约",
            "退费进度全程短信通知",
            "退费范围", "可以退费的情况", "搬家：新住址三公里内没有门店", "伤病：持医院证明暂停锻炼",
            "不能退费的情况", "已经使用的私教课时", "赠送的体验课程",
            "退费流程", steps[0],
            '打开小程序，进入"我的会员卡"', '点击"申请退费"', "选择退费原因", "填写情况说明，上传相关证明材料",
            steps[1], "门店会在2个工作日内审核您的申请：",
            "审核通过：您会收到短信通知", "需要补充：店长会电话联系您", "审核不通过：会说明具体原因",
            steps[2], "物品类型", "归还方式", "实体会员卡", "交回前台", "储物柜钥匙", "交回前台",
            steps[3], "审核通过后3个工作日内完成退款：", "微信支付：原路退回", "银行卡：退回开卡账户", "现金：到店领取",
            "常见问题", "办卡送的毛巾需要退回吗？", "不需要，赠品归您所有。",
            "联系我们", "客服热线每天九点到晚上九点在线"]


def _titled(found: list[tuple[int, str, str]]) -> dict[str, int]:
    return {m + t: d for d, m, t in found}


@pytest.mark.parametrize("steps", [
    _STEPS,
    ["步骤 1：填写申请", "步骤 2：门店审核", "步骤 3：归还物品", "步骤 4：退款到账"],
    ["阶段一：填写申请", "阶段二：门店审核", "阶段三：归还物品", "阶段四：退款到账"],
    ["環節一：填寫申請", "環節二：門店審核", "環節三：歸還物品", "環節四：退款到賬"],
])
def test_a_counted_titles_siblings_stand_beside_it(steps):
    titled = _titled(outline(_guide(steps)))
    assert all(step in titled for step in steps)
    assert len({titled[step] for step in steps}) == 1


@pytest.mark.parametrize("steps", [
    ["步骤一：填写申请表，写明原因后提交。", "步骤二：门店审核", "步骤三：归还物品。", "步骤四：退款到账。"],  # sentences
    ["步骤二：填写申请", "步骤二：门店审核", "步骤一：归还物品", "步骤三：退款到账"],  # no one count
])
def test_sentences_and_broken_counts_stay_as_they_were(steps):
    titled = _titled(outline(_guide(steps)))
    assert steps[0] not in titled and steps[2] not in titled and steps[3] not in titled


@pytest.mark.parametrize("text, label", [
    ("步骤三：寄回商品", ("步骤", 3)),
    ("误解之二：网络能够带来信息自由", ("误解之", 2)),
    ("案例 C：流量洪峰与限流降级", ("案例", 3)),
    ("方式2：升级企业版", ("方式", 2)),
    ("方案一：主控芯片性能较高、功耗低，适合电池供电。", None),  # a sentence describes
    ("排名 1:/owner/repo", None),  # a field's value, no Chinese title
    ("图一：系统的整体架构", None),  # a caption
    ("第一：快乐是一种主观状态", None),  # a point
    ("附件一：报名表", None),  # a marker's line
    ("方法一：", None),  # a label over what follows
])
def test_counted_label(text, label):
    assert counted_label(text) == label


def test_a_list_of_counted_lines_stays_a_list():
    lines = ["玩法说明", "本游戏每期开出五个号码，玩家可以从下面几种玩法中任选一种投注，每种玩法的奖金各不相同。",
             "任选一：猜中第一个号码", "任选二：猜中前两个号码", "任选三：猜中前三个号码",
             "兑奖说明", "中奖后请在六十天内到任意投注站兑奖，过期视为自动放弃，奖金将纳入公益金统一使用。"]
    assert all("任选" not in t for _, _, t in outline(lines))
