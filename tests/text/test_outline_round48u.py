"""Round 48u: parallel parents. Two short lines or more, each right over a count from one of the same list family
whose items are named ('管理员功能' over '1. 用户管理'…, then '普通用户功能' over its own '1. 浏览商品'…), are the
parts those counts sit in: each holds its count one level down (rule: `parallelparents.parallel_parents`). A lone
such line over one list, a sentence or a label over it, or a count that is a run of clauses stays as it was."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "管理员登录后台后，可以查看全部用户的注册信息，并按照手机号、注册时间等条件筛选，必要时可以冻结异常账号。"
B2 = "系统会把每一次操作写入日志，管理员可以在日志页面按照时间和操作类型查询，方便日后追查问题和统计数据。"
B3 = "用户打开首页后可以按照分类浏览商品，点击商品进入详情页，查看价格、库存、评价等信息，并可以加入购物车。"
B4 = "下单时用户需要选择收货地址和支付方式，订单提交成功后系统会发送短信通知，用户可以在个人中心查看订单。"
B5 = "本系统面向校园内的二手交易场景，主要解决同学之间信息不对称、交易不方便的问题，提供发布和检索的功能。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    return [(h.depth, h.marker + h.title) for h in blocks_outline(blocks)]


_FRONT = ["校园二手交易平台需求说明", "1. 引言", "1.1 编写目的", B5, "1.2 项目背景", B2, "2. 总体描述", "2.1 产品描述", B3,
          "2.2 运行环境", B4, "3. 功能需求", "3.1 用例描述"]
_BACK = ["3.2 界面需求", B5, "4. 非功能需求", "4.1 性能需求", B2, "4.2 安全需求", B1]
_TOP = [(1, "1.引言"), (2, "1.1编写目的"), (2, "1.2项目背景"), (1, "2.总体描述"), (2, "2.1产品描述"), (2, "2.2运行环境"),
        (1, "3.功能需求"), (2, "3.1用例描述")]
_END = [(2, "3.2界面需求"), (1, "4.非功能需求"), (2, "4.1性能需求"), (2, "4.2安全需求")]
_ADMIN = ["1. 用户管理", B1, "2. 日志查询", B2]
_USER = ["1. 浏览商品", B3, "2. 下单支付", B4, "3. 评价商品", B3]

CASES = {
    "two users' functions under 3.1, each over its own count from 1.": (
        _FRONT + ["管理员功能"] + _ADMIN + ["普通用户功能"] + _USER + _BACK,
        _TOP + [(3, "管理员功能"), (4, "1.用户管理"), (4, "2.日志查询"), (3, "普通用户功能"), (4, "1.浏览商品"),
                (4, "2.下单支付"), (4, "3.评价商品")] + _END),
    "counts written 1、 under two named parts": (
        _FRONT + ["后台用例"] + [x.replace(". ", "、") for x in _ADMIN] + ["前台用例"]
        + [x.replace(". ", "、") for x in _USER] + _BACK,
        _TOP + [(3, "后台用例"), (4, "1、用户管理"), (4, "2、日志查询"), (3, "前台用例"), (4, "1、浏览商品"),
                (4, "2、下单支付"), (4, "3、评价商品")] + _END),
}

GUARDS = {
    "a lone short line over one count stays beside it": (
        _FRONT + ["管理员功能"] + _ADMIN + _BACK,
        _TOP + [(3, "1.用户管理"), (3, "2.日志查询")] + _END),
    "labels with a colon over each count are no parts": (
        _FRONT + ["管理员可以：", *_ADMIN, "普通用户可以：", *_USER] + _BACK,
        _TOP + [(3, "1.用户管理"), (3, "2.日志查询"), (3, "1.浏览商品"), (3, "2.下单支付"), (3, "3.评价商品")] + _END),
    "a sentence over each count is no part": (
        _FRONT + ["管理员的功能如下", *_ADMIN, "用户的功能如下", *_USER] + _BACK,
        _TOP + [(3, "1.用户管理"), (3, "2.日志查询"), (3, "1.浏览商品"), (3, "2.下单支付"), (3, "3.评价商品")] + _END),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_parallel_parents_hold_their_counts(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_outline_stays(blocks: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(blocks) == expected
