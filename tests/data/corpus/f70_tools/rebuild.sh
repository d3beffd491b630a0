#!/bin/bash
# Rebuild every document and gold of fresh set 70 from src/ (run from anywhere). Converters only; no reader code.
set -e
# Needs pdftotext (Debian poppler-utils; pdftotext version 22.12.0 used): every source of this set is a PDF kept in its repository.
cd /work/fresh70
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 (title = line 1, the page header) 本科毕业设计 开题报告 (重庆大学, 基于 OpenHarmony 的分布式文件去重系统设计与实现), PDF (附件 B) -> pdftotext -layout.
#    一、 depth 1, （一） depth 2, 1．/1. depth 3, the titled （1） parts under 1.方案设计 and 3.关键技术 depth 4 (the （1） list
#    items that are sentences are not headings); the source skips 2. under （三）; '参考文献：' depth 1.
python3 $T/pdf_layout.py src/liwei605_Graduation-project_kaiti_baogao.pdf docs/f70_01_baogao_kaiti_fenbushi_quchong.txt >/dev/null
G f70_01_baogao_kaiti_fenbushi_quchong.txt "重庆大学本科学生毕业论文（设计）                          附件 B：开题报告" \
 '[[11,1],[12,2],[13,3],[49,3],[60,2],[168,1],[169,2],[170,3],[186,3],[193,3],[195,3],[201,2],[202,3],[209,3],[229,2],[230,3],[239,4],[246,4],[261,4],[290,3],[291,4],[300,4],[308,4],[332,1],[367,1],[408,1]]'
# 02 the same student's (title = line 1, the page header, as pdf_layout.py leaves it; chapters '1   绪论' have no dot: marker '1' set by hand)
#    本科毕业论文 (重庆大学, 2023), PDF -> pdftotext -layout. Decimal sections: every entry of the contents
#    page (1 … 6, 1.1, 1.1.1) at the body line it titles, depth by the parts of its number; 摘要, ABSTRACT, 参考文献, 致谢 depth 1
#    (titles as spaced in the text); the run-in titled （1）–（3） research items in 摘要 (depth 2, titles cut at the first 。); the titled （1）/（2） parts under 3.2 (depth 3) and 4.2.4 (depth 4). Page headers
#    ('重庆大学本科学生毕业论文（设计）  1 绪论'), the contents page and the （1） items that are sentences are not headings.
python3 $T/pdf_layout.py src/liwei605_Graduation-project_biye_lunwen.pdf docs/f70_02_lunwen_fenbushi_wenjian_quchong.txt >/dev/null
G f70_02_lunwen_fenbushi_wenjian_quchong.txt "重庆大学本科学生毕业论文（设计）" \
 '[[46,1],[57,2],[60,2],[63,2],[84,1],[215,1,"绪论","1"],[218,2],[220,3],[240,3],[275,3],[296,2],[300,3],[405,3],[450,2],[460,3],[478,3],[486,3],[495,2],[515,1,"关键开发技术","2"],[517,2],[568,2],[605,2],[645,2],[664,1,"系统设计","3"],[666,2],[675,2],[687,3],[711,3],[724,2],[728,3],[761,3],[831,2],[850,1,"系统实现","4"],[856,2],[895,2],[930,3],[964,3],[1017,3],[1058,3],[1110,4],[1161,4],[1198,4],[1206,2],[1249,2],[1274,1,"系统测试","5"],[1280,2],[1312,3],[1326,3],[1352,2],[1504,2],[1537,2],[1561,1,"项目总结与展望","6"],[1599,1],[1680,1]]'
# 03 毕业设计（论文）中期报告 (a 测控技术与仪器 student, 基于迈克尔逊干涉仪的位移测量, 2022), PDF -> pdftotext -layout.
#    1．–5． depth 1, 1.1/2.1 depth 2, the titled 1.–6. parts under 1.2 depth 3 (the source numbers two parts '5.'); figure
#    captions, block-diagram labels and reference entries are not headings.
python3 $T/pdf_layout.py src/maqy0827_22GD_zhongqi_baogao.pdf docs/f70_03_baogao_zhongqi_maikeerxun_weiyi.txt >/dev/null
G f70_03_baogao_zhongqi_maikeerxun_weiyi.txt "毕业设计（论文）中期报告" \
 '[[21,1],[22,2],[48,2],[49,3],[60,3],[63,3],[72,3],[83,3],[96,3],[103,3],[107,1],[108,2],[112,2],[115,1],[125,1],[128,1]]'
# 04 最高人民法院 最高人民检察院 公安部《关于办理非法集资刑事案件若干问题的意见》 as issued with its notice (2019-01-30), PDF
#    -> pdftotext -layout (title wrapped over lines 1–2; line 1 is the gold title). The issuing line and the 意见's own title
#    (line 4) are not headings; 一、–十二、 depth 1; the （一）–（五） items under 五、 and 十二、 are sentences, not headings.
python3 $T/pdf_layout.py src/tdwwyh_001_liang_gao_yi_bu_feifa_jizi_yijian.pdf docs/f70_04_yijian_feifa_jizi_xingshi_anjian.txt >/dev/null
G f70_04_yijian_feifa_jizi_xingshi_anjian.txt "2019 年 1 月 30 日两高一部《关于办理非法集资刑事" \
 '[[8,1],[14,1],[23,1],[39,1],[52,1],[61,1],[72,1],[90,1],[104,1],[121,1],[128,1],[137,1]]'
# 05 a lawyer-investor's Q&A 《团贷网 P2P 案相关法律问题答疑（后面持续补充）》 (Andy, 2019-04-19), PDF -> pdftotext -layout
#    (Word export, blank line between text lines). The 18 bold questions '问题 N、…' depth 1 at their first line (marker
#    '问题 N、' as written, title the rest of that line: the questions wrap); the four bold stand-alone '附法律条文：' labels
#    depth 2. The quoted article labels '第九条 第四款：' belong to quotations and are not headings.
python3 $T/pdf_layout.py src/tdwwyh_001_tuandai_p2p_dayi.pdf docs/f70_05_zhuanfang_tuandai_p2p_falv_dayi.txt >/dev/null
G f70_05_zhuanfang_tuandai_p2p_falv_dayi.txt "团贷网 P2P 案相关法律问题答疑（后面持续补充）" \
 '[[21, 1, "有人说，一旦定性为非吸，我们将血本无归，所有资金被", "问题 1、"], [51, 2], [73, 1, "有人说，定性为非吸，只有集资参与人、我们参与了犯", "问题 2、"], [111, 2], [125, 1, "如果定性为非吸或集资诈骗（统称非法集资），但我们在出", "问题 3、"], [143, 1, "有人说，收缴平台及嫌疑人的财物，要先扣除办案经费，", "问题 4、"], [165, 2], [189, 1, "出借人组织债委会是否合法？公安是否能视为非法组织予", "问题 5、"], [201, 2], [221, 1, "有人说，真假标必须分开，真标并不涉案，警方不能将真", "问题 6、"], [255, 1, "有人说，真假标是伪命题，即使假标，出借人的钱也是给", "问题 7、"], [301, 1, "有人说，我们是出借人，不是投资人。公安局的公告及表", "问题 8、"], [339, 1, "有人说，团贷网出事前，有很多政府领导站台（新闻报道", "问题 9、"], [363, 1, "有人说，王宝强给团贷网代言收取广告费，还有支付宝、", "问题 10、"], [399, 1, "有人说，团贷网是当地纳税大户，既然是非法集资，历年", "问题 11、"], [437, 1, "有人说，经过 37 天后，案子就由公安交到检察院，定性", "问题 12、"], [465, 1, "刑事案件大约要审多长时间？", "问题 13、"], [503, 1, "是否可以审前返还？", "问题 14、"], [523, 1, "有人说，线上全部是真标，必须保证本息全回。这种说法", "问题 15、"], [581, 1, "报案是什么作用？是否只有被害人才能报案？如果没有报", "问题 16、"], [605, 1, "如果一直不报案有什么不利？", "问题 17、"], [631, 1, "是否可以撤报案？所有出借人都不告唐军了，是否就能放", "问题 18、"]]'
# 06 《CAN 总线安全测试白皮书》 of a vehicle-security company (Auto-X 安全测试工具), PDF -> pdftotext -layout (page footers
#    'N / 32' kept). 一、–六、 depth 1; 1.1 … 6.2 depth 2 (the source has no 3.3); 3.6.1/4.2.1 … depth 3; the titled parts
#    '1. 广播特性' … under 1.1 and '1. 事件发生频率越来越密集' … under 1.2 depth 3; 1. 非常严重 / 2. 中等严重 / 3. 非严重 under
#    4.2.4 depth 4. The numbered list items that are sentences (under 1.4, 2.2, 3.1, 4.1 and 五、), the wrapped lines that
#    happen to open with a number ('2 百万辆汽车。', '14 岁的…'), captions and ❖/✓ bullets are not headings.
python3 $T/pdf_layout.py src/vt-dev_sdk_can_zongxian_baipishu.pdf docs/f70_06_baipishu_can_zongxian_anquan_ceshi.txt >/dev/null
G f70_06_baipishu_can_zongxian_anquan_ceshi.txt "CAN 总线安全测试白皮书" \
 '[[8,1],[50,2],[77,3],[90,3],[102,3],[112,3],[122,3],[142,2],[155,3],[249,3],[260,3],[277,2],[326,2],[398,1],[400,2],[420,2],[464,1],[466,2],[546,2],[575,2],[640,2],[655,2],[657,3],[682,3],[692,3],[703,3],[718,1],[720,2],[737,2],[739,3],[780,3],[807,3],[843,3],[845,4],[854,4],[860,4],[865,2],[880,2],[896,1],[960,1],[962,2],[1023,2]]'
# 07 四川迈迪科为医疗信息科技有限公司 notice issuing 《迈迪科为绩效考核管理制度（2021年修订版）》 with its four attached
#    forms, PDF -> pdftotext -layout (page headers with the company name, page numbers '-1-' kept; line 1 the company name
#    is the gold title). The notice, its 附件 line and the 制度's title are the header; the 制度's 一、–六、 depth 1; the titled
#    1、 parts under 二、三、四、 depth 2 (the 1、 items under 一、 are sentences); the titled （1） parts under 四、2、 and 8、
#    depth 3 (（1） under 2、 is a sentence, not a title; the （1） items under 二、 and 4、/5、 are sentences); the labelled
#    ①–④ items under 8、's （1）–（3） depth 4 (the ① items under 2、 are sentences); the stand-alone '附件' depth 1 and the
#    four form titles after it depth 2 (the attachment list lines and the forms' cells are not headings).
python3 $T/pdf_layout.py src/sunshinefather_doc_jixiao_kaohe_zhidu.pdf docs/f70_07_zhidu_maidikewei_jixiao_kaohe.txt >/dev/null
G f70_07_zhidu_maidikewei_jixiao_kaohe.txt "四川迈迪科为医疗信息科技有限公司" \
 '[[41,1],[51,1],[53,2],[64,2],[81,2],[85,1],[87,2],[104,2],[111,2],[130,2],[136,1],[138,2],[142,2],[160,3],[176,3],[181,3],[197,2],[201,2],[213,2],[232,2],[237,2],[243,2],[245,3],[247,4],[255,4],[263,3],[265,4],[278,4],[287,3],[289,4],[294,4],[298,4],[311,4],[325,1],[335,1],[342,1,"附件",""],[360,2],[388,2],[428,2],[459,2]]'
# 08 第二章 of a hospital information-platform 建设方案 (产品部产出物/第二章分析与思路.pdf, Word -> PDFMaker; the chapter follows
#    the 卫生部 基于电子病历的医院信息平台建设技术解决方案 outline), pdftotext -layout. Line 1 '2 现状分析与总体设计思路' is the
#    document's own title (gold title); 2.1–2.5 depth 1, 2.1.1 … depth 2, the titled （1） parts depth 3 (the source skips
#    （3） under 2.1.2). Page numbers stay as extracted.
python3 $T/pdf_layout.py src/sunshinefather_doc_di2zhang_fenxi_silu.pdf docs/f70_08_fangan_yiyuan_xinxi_pingtai_fenxi.txt >/dev/null 2>&1
G f70_08_fangan_yiyuan_xinxi_pingtai_fenxi.txt "2 现状分析与总体设计思路" \
 '[[4, 1], [6, 2], [46, 2], [71, 3], [88, 3], [117, 3], [170, 2], [179, 3], [191, 3], [197, 3], [207, 3], [218, 3], [225, 3], [252, 1], [254, 2], [303, 2], [328, 2], [351, 2], [393, 2], [428, 1], [430, 2], [436, 3], [442, 3], [449, 3], [459, 2], [461, 3], [473, 3], [481, 3], [506, 2], [512, 3], [520, 3], [539, 3], [563, 1], [565, 2], [590, 2], [606, 2], [628, 2], [644, 2], [667, 1], [669, 2], [683, 2], [695, 2], [709, 2]]'
# 09 《关于创建具身智能开源数据集的倡议书》 (鹏城实验室、松灵机器人、中山大学、南方科技大学, 2024-03-28) with its appendix on the
#    ARIO data format, Word -> PDF on the dataset's site; pdftotext -layout. The letter's 1.–3. calls are sentences, not
#    headings. '附录 1.数据格式说明' depth 1 (marker '附录 1.' set by hand), 1.1–1.5 depth 2, 1.3.1–1.3.3 depth 3, the run-in
#    titled （1）–（20） under 1.2 depth 3 (titles cut at the first 。; '手 臂 末 端 …' spaced as justified in the source); the
#    （1）–（5） steps under 1.4 are sentences; the directory tree and YAML samples are not headings.
python3 $T/pdf_layout.py src/ario-dataset_ario-dataset.github.io_changyishu.pdf docs/f70_09_tongzhi_jushen_zhineng_shujuji_changyishu.txt >/dev/null
G f70_09_tongzhi_jushen_zhineng_shujuji_changyishu.txt "关于创建具身智能开源数据集的倡议书" \
 '[[40,1,"数据格式说明","附录 1."],[41,2],[121,2],[122,3],[124,3],[128,3],[131,3],[134,3],[137,3],[139,3],[141,3],[144,3],[150,3],[152,3],[155,3],[162,3],[166,3],[171,3],[176,3],[183,3],[186,3],[188,3],[190,3],[195,2],[196,3],[211,3],[373,3],[382,2],[398,2]]'
# 10 《FROSTBIT：去中心化交易所技术白皮书——基于 Snowman 共识与 FROST 门限签名的跨链资产管理》 (Mao, 2026-04-26), a LaTeX
#    technical paper as PDF; pdftotext -layout (contents page with dot leaders, page numbers, formulas and code kept as extracted).
#    Gold: every entry of the contents page at the body line it titles (chapters 1–10 depth 1, marker and title set by hand
#    because '1 引言' has no dot; 1.1 depth 2; 3.2.1 depth 3); 摘要 and 参考文献 depth 1 (摘要 is the only other SimHei line; the
#    run-in '关键词：' is not a heading). The contents page itself is not headings.
python3 $T/pdf_layout.py src/jihhngindy-png_frostbit_jishu_baipishu.pdf docs/f70_10_lunwen_frostbit_qujinzhonghua_jiaoyisuo.txt >/dev/null
G f70_10_lunwen_frostbit_qujinzhonghua_jiaoyisuo.txt "FROSTBIT：去中心化交易所技术白皮书" \
 '[[10, 1], [100, 1, "引言", "1"], [102, 2], [125, 2], [139, 2], [163, 2], [195, 1, "共识协议", "2"], [197, 2], [229, 2], [243, 2], [262, 2], [288, 2], [301, 2], [317, 2], [332, 1, "FROST 门限签名", "3"], [334, 2], [356, 2], [361, 3], [384, 3], [400, 3], [419, 2], [429, 3], [461, 2], [465, 3], [470, 3], [497, 2], [536, 1, "跨链提现流程", "4"], [538, 2], [560, 2], [573, 2], [590, 2], [611, 2], [631, 1, "见证者：充值确认与博弈论安全", "5"], [633, 2], [656, 2], [682, 2], [709, 2], [745, 2], [765, 2], [794, 2], [823, 2], [854, 2], [883, 1, "Vault 密钥管理", "6"], [885, 2], [914, 1, "安全性分析", "7"], [919, 2], [936, 2], [949, 2], [962, 1, "性能特性", "8"], [976, 1, "相关工作", "9"], [993, 1, "总结与展望", "10"], [999, 1]]'
# 11 《北京市气象灾害预警信号与防御指南》 (Beijing's weather-warning signals and defence guidance, a Word-made PDF of 35 pages kept
#    as '规章制度.pdf'); pdftotext -layout (line 1 the title is the gold title). 一、暴雨预警信号 … 十六、台风预警信号 depth 1,
#    their colour grades （一）… depth 2 (as numbered in the source: 五、 numbers two grades '（二）', and '（一） 沙尘…' keeps its
#    space). The labels 图标： 标准： 预报用语： 防御指南： are plain run-in labels (not bold, checked with pdftohtml -xml); the
#    （1） criteria and 1. measures are list items, not headings.
python3 $T/pdf_layout.py src/wangwenyan010928_literate-octo-memory_guizhang_zhidu.pdf docs/f70_11_guiding_beijing_qixiang_zaihai_yujing.txt >/dev/null
G f70_11_guiding_beijing_qixiang_zaihai_yujing.txt "《北京市气象灾害预警信号与防御指南》" \
 '[[3, 1], [5, 2], [27, 2], [56, 2], [89, 2], [121, 1], [123, 2], [143, 2], [169, 2], [197, 2], [220, 1], [226, 2], [249, 2], [278, 2], [307, 2], [332, 1], [334, 2], [361, 2], [387, 2], [411, 2], [438, 1], [440, 2], [462, 2], [482, 2], [510, 2], [538, 1], [540, 2], [557, 2], [579, 2], [596, 1], [599, 2], [625, 2], [646, 1], [652, 2], [669, 2], [695, 2], [718, 2], [748, 1], [750, 2], [774, 2], [795, 2], [822, 1], [824, 2], [845, 2], [865, 2], [891, 1], [893, 2], [912, 2], [935, 2], [959, 1], [961, 2], [987, 2], [1018, 2], [1048, 1], [1050, 2], [1067, 2], [1092, 2], [1118, 1], [1120, 2], [1133, 2], [1155, 1], [1158, 2], [1180, 2], [1206, 1], [1208, 2], [1237, 2], [1268, 2], [1296, 2]]'
# 12 《2026 第六届智能无人系统应用挑战赛 算法赛道—无人车避障 3.0 竞赛规则（第三版）》 (organiser's rules with 苏州同元软控, Word
#    -> PDF); pdftotext -layout (running header 'Challenge × company' is line 1 and the gold title; contents page, tables and a
#    flow chart kept). '修改日志' depth 1 (unnumbered block title before 1.); 1.–4. depth 1, 1.1 depth 2, 2.1.1 depth 3,
#    2.1.2.1 … depth 4 (not in the contents page; 3.1.4.1/3.1.4.2 depth 3 because the source has 3.1.1–3.1.4 straight under
#    3. with no 3.1, so those are depth 2); the titled （1）竞速得分/（2）避碰得分 under 2.1.3.2 and the titled rule items
#    2./3./4. under 2.2.4.2 depth 5 (its 1. and the 1.–4. items elsewhere are sentences or term definitions, not headings);
#    the bold 排位赛：/淘汰赛：/复活赛： are labels inside the flow chart.
python3 $T/pdf_layout.py src/MrSGSA_team27-unmanned-vehicle-race-2026_bisai_guize.pdf docs/f70_12_guiding_wurenche_bizhang_jingsai_guize.txt >/dev/null
G f70_12_guiding_wurenche_bizhang_jingsai_guize.txt "智能无人系统应用挑战赛×                                                   苏州同元软控技术股份有限公司" \
 '[[44,1],[59,1],[82,2],[113,2],[131,1],[133,2],[149,3],[169,3],[171,4],[180,4],[193,4],[199,3],[204,4],[225,4],[231,5],[246,5],[252,4],[293,2],[308,3],[347,3],[349,4],[382,4],[401,3],[486,3],[490,4],[502,4],[506,5],[512,5],[522,5],[528,4],[558,3],[568,1],[570,2],[584,2],[590,2],[601,2],[603,3],[609,3],[617,1]]'
