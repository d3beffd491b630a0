"""Words after a number that tell a marker from a number in a sentence: quantities and units ('4 位同志', '1.5 万人',
'（1）万元'), enumerations and dates ('1、2月'), references to an article ('第三条规定'), and the title words that only look
like a quantity ('7 日常运维'). Tables only; `markers` reads them."""

from __future__ import annotations


from reader.text.lazyre import lazy

# After '1、' or '1.', a number that continues a date, a decimal or an enumeration ('1、2月', '1.5倍', '1、2、3').
ENUMERATED = lazy(r"[0-9０-９]+(?:[.．%％、，,和至~～\-－]|$)|[0-9０-９]{1,2}\s*[月日号號时時个個万亿千百倍项項条條章节節]")
# Words that open section titles but start with a character that also counts things ('7 日常运维', '6 部署').
TITLE_WORDS = frozenset(
    "日常 日志 月度 年度 年报 周边 周期 天然 天气 时间 时代 时序 分析 分布 分类 分配 分工 分级 分层 分区 行业 行政 行动 行为 节能 "
    "节约 节点 部署 部门 期限 期间 批准 批复 批量 场景 场地 场所 章程 段落 度量 倍增 成本 成果 成效 成立 成员 台账 元素 元数据 个人 "
    "个性 名称 名单 名词 人员 人才 人口 人工 次数 项目 条件 条款 家庭 所有 座谈 户籍 本地 本级 本期 届时 轮换 类别 类型 种类 多元 "
    "余额 例外 号码 页面 幅度 米制 位置 件数 份额 千年 百年 万物 点评 数据 系统 人力 "
    "本所 本规 本办 本法 本条 本章 本节 本次 本市 本省 本行 本公 本文 本项 本课 公司 公告 公开 公共 公众 公民 公平 公正 "
    # the same words as Taiwan and Hong Kong write them (本規則 is a rulebook's own name there)
    "人員 件數 份額 個人 個性 公眾 公衆 公開 分佈 分區 分層 分級 分類 台賬 名單 名稱 名詞 周邊 場地 場所 場景 天氣 屆時 年報 座談 "
    "成員 戶籍 批覆 數據 日誌 時代 時序 時間 期間 本條 本節 本級 本規 本辦 本項 本課 條件 條款 次數 種類 節約 節能 節點 系統 臺賬 萬物 號碼 "
    "行動 行業 行為 行爲 輪換 週期 部門 頁面 項目 類別 類型 餘額 點評".split()
)
# After 第X章 without a space, these make it a reference inside a sentence ('第三条规定', '第二章的').
REFERENCE_FOLLOWERS = set("的中规所之至、，,和或及与與是将將第以为為所在对對起上下前后後内內外")
QUESTION_WORDS = ("为什么", "為什麼", "为何", "為何")  # '第二章为什么会出现…' asks; '第二章为本文的…' says what it is
CITING_ONLY = set("的之至、，,和或及与與规所第")  # '第三条的', '第三条规定', '第三条所称': no article's text starts so
# After a number, these make it a quantity ('4 位同志', '1.1万人', '12.5%'), not a heading.
QUANTITY_FOLLOWERS = set(
    "万萬亿億千百元角分个個位名人次条條项項件份家所座台辆輛吨噸米年月日天周週号號时時岁歲倍成%％‰℃"
    "多余餘种種类類批户戶只隻篇本部期届屆轮輪场場段节節章款行例微克升度亩畝公里斤两兩页頁张張幅"
)
# After a bracketed number only a unit or a date measures ('（1）万元', '12）月'): '（1）项目概况', '（2）人员配置' are items.
UNITS = frozenset("万萬亿億元角%％‰℃倍岁歲吨噸年月日")
