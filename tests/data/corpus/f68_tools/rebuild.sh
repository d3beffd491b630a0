#!/bin/bash
# Rebuild every document and gold of fresh set 68 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh68
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 GB55001-2021《工程结构通用规范》chapter page '4 结构作用' (Sphinx HTML, docs/4.html; the RTD sidebar and breadcrumb kept as
#    chrome). The h1 '4 结构作用' and the raw-html h2 repeating it are the page's own title shown again, not headings; the h2
#    '4.1 永久作用' … '4.10 专门领域的作用' are depth 1. The clauses 4.1.1 … are sentences (条文), not headings.
python3 $T/html_blocks.py src/longyu8101_GB55001_docs_4.html docs/f68_01_guiding_gongcheng_jiegou_zuoyong.txt "4 结构作用 — 工程结构通用规范 GB55001-2021" --drop-first-if-title >/dev/null
G f68_01_guiding_gongcheng_jiegou_zuoyong.txt "4 结构作用 — 工程结构通用规范 GB55001-2021" '[[34,1],[40,1],[138,1],[152,1],[156,1],[164,1],[183,1],[193,1],[199,1],[208,1]]'
# 02 NB/T 31147-2018《风电场工程风能资源测量与评估技术规范》, a Word-to-Markdown conversion (bold runs, no # headings; run-in
#    headings: '1 总则 1.0.1 …', '4.1 测量方案 4.1.1 …'); text by make_md_doc.py (no heading levels; --title = the file name), gold set by hand from the
#    standard's numbering: chapters 1–5, 附录 A–D, 本规范用词说明, 引用标准名录 and 制定说明 depth 1, sections 4.1 … 5.4 and A.2–A.4
#    depth 2, 'Ⅱ 数据修正' depth 3; inside 制定说明 the chapters depth 2 and sections depth 3 (A.2/A.4 there depth 2, their 附录A
#    line is broken by a page header). Titles cut before the run-in clause; headings after a running header 'NB/T 31147---2018'
#    get marker ''. Contents pages (Chinese and English) and the clauses 1.0.1 … are not headings.
python3 $T/make_md_doc.py src/yjiefl_antigravity_NBT31147.md f68_02_guiding_fengdianchang_fengneng_ziyuan heldout --levels 2 --fresh --title "NB_T 31147-2018 风电场工程风能资源测量与评估技术规范" >/dev/null
G f68_02_guiding_fengdianchang_fengneng_ziyuan.txt "NB_T 31147-2018 风电场工程风能资源测量与评估技术规范" \
 '[[185,1,"总则","1"],[191,1,"术语","2"],[223,1,"基本规定","3"],[229,1,"风能资源测量","4"],[231,2,"测量方案"],[279,2],[287,2,"测量仪器"],[391,2,"测量设备设施安装"],[435,2,"测量数据的采集、存储及传输"],[445,2],[451,2],[455,1,"风能资源评估","5"],[457,2,"基础资料"],[477,2,"测风数据的检验和处理"],[534,3,"数据修正","Ⅱ"],[580,2,"风特征参数"],[757,2,"风能资源分布"],[761,1,"测风塔安装报告编制要求","附录 A"],[767,2,"测风塔基本信息","A.2"],[773,2,"设 备配置","A.3"],[781,2,"测 风塔安装","A.4"],[787,1,"附录B 测风塔验收",""],[873,1,"测风简报编制要求","附录C"],[881,1,"50 年一遇最大风速计算方法","附录 D"],[919,1,"本规范用词说明",""],[937,1,"引用标准名录",""],[953,1,"制定说明",""],[979,2,"4 风能资源测量",""],[997,3,"测量数据"],[999,3,"测量仪器"],[1001,3,"测量设备设施安装"],[1005,3,"测量档案"],[1007,2,"风能资源评估","5"],[1009,3,"测风数据的检验和处理"],[1033,2,"测风塔基本信息","A.2"],[1037,2,"测 风塔安装","A.4"]]'
# 03 中国计算机学会 WISA2014《征文通知》, an ASP.NET content page (no <title>: line 1 is the title given here; the file's BOM comes
#    out as line 2; the three centred h2 lines 学会/会议名/征文通知 are the notice's own title, not headings); h3 一、… 四、 depth 1
python3 $T/html_blocks.py src/windowsyuli_WISA2014_wisa_cfp.aspx docs/f68_03_tongzhi_wisa2014_zhengwen.txt "第十一届全国Web信息系统及其应用学术会议(WISA2014)征文通知" >/dev/null
G f68_03_tongzhi_wisa2014_zhengwen.txt "第十一届全国Web信息系统及其应用学术会议(WISA2014)征文通知" '[[9,1],[22,1],[27,1],[31,1]]'
# 04 QX/T 683-2023《太阳能资源年景评估技术规范》(中国气象局), the same repository's Word-to-Markdown conversion; make_md_doc.py with
#    --title = the file name; gold by hand from the numbering: 前言 and chapters 1–7 depth 1, sections N.M depth 2, 5.3.2/5.3.3 depth 3.
#    Run-in: '1范围' follows the standard's title on its line (marker ''); 4.1/5.1/5.3.1/6.1/7.1 share a line with their
#    chapter or section and are not listed; the 3.x terms have lost their numbers and are not listed; contents page excluded.
python3 $T/make_md_doc.py src/yjiefl_antigravity_QXT683.md f68_04_guiding_taiyangneng_nianjing_pinggu heldout --levels 2 --fresh --title "太阳能资源年景评估技术规范QXT 683-2023" >/dev/null
G f68_04_guiding_taiyangneng_nianjing_pinggu.txt "太阳能资源年景评估技术规范QXT 683-2023" \
 '[[29,1,"前言",""],[39,1,"1范围",""],[45,1,"规范性引用文件","2"],[51,1,"术语和定义","3"],[85,1,"数据收集和处理","4"],[89,2,"数据完整性"],[97,2,"数据质量"],[99,2],[105,1,"年景评估方法","5"],[123,2,"逐月或全年距平计算"],[135,2,"区域逐月或全年距平计算"],[139,3,"评估区域内仅有1个国家级气象台站的情况"],[147,3,"评估区域内有多个国家级气象台站的情况"],[159,2,"年景评判"],[184,1,"年景评估内容及结果","6"],[186,2,"太阳能资源年景评判与特征描述"],[188,2,"区域内太阳能资源年景变化空间分布"],[192,2,"逐月太阳能资源年景分析"],[194,2,"太阳能资源年景变化影响分析"],[198,1,"证实方法","7"],[208,2,"评估结果对比"],[218,2,"评估报告评价"]]'
# 05 《计算机科学系网络工程专业本科培养方案（2009级）》 kept as a page of a department site (JSP, Network/old_1/...; line 1 = the page
#    <title> 网工－培养方案, line 2 the page's tab row kept as chrome, the h1 on line 3 is the plan's own title); h2 一、… 五、 depth 1;
#    the course groups (人文社会科学类课程：…, 实践环节：…) are <li> items and table rows, not headings
python3 $T/html_blocks.py src/zhguangdaniel_myoldwork_blueprint1.jsp docs/f68_05_fangan_wangluo_gongcheng_peiyang.txt "网工－培养方案" --drop-first-if-title >/dev/null
G f68_05_fangan_wangluo_gongcheng_peiyang.txt "网工－培养方案" '[[5,1],[7,1],[9,1],[11,1],[112,1]]'
# 06 天津旅游简介/旅游指南, the travel page of the same WISA2014 site (web/travel.aspx; no <title>: line 1 given here; BOM line 2);
#    h1 天津旅游简介 / 天津旅游指南 depth 1, the h2 sights (links) under 旅游指南 depth 2; four empty h2 give no line
python3 $T/html_blocks.py src/windowsyuli_WISA2014_travel.aspx docs/f68_06_wenzhang_tianjin_lvyou_zhinan.txt "天津旅游简介与旅游指南（WISA2014会议网站）" >/dev/null
G f68_06_wenzhang_tianjin_lvyou_zhinan.txt "天津旅游简介与旅游指南（WISA2014会议网站）" '[[3,1],[7,1],[8,2],[10,2],[12,2],[14,2],[16,2]]'
# 07 JTS 239-2015《水运工程混凝土结构实体检测技术规程》 chapter page '6 混凝土耐久性检测' (Sphinx HTML build/html/6.html, sidebar
#    and breadcrumb kept as chrome; title given with single spaces so the <title> repeat is dropped). The h1 '6 混凝土耐久性检测'
#    and the raw-html h2 under it (which the source gets wrong: '6 水平承载力') are the chapter's title block, not listed;
#    h2 6.1 … 6.6 depth 1 (source typos 抗水淮透/硅兢 kept); clauses 6.x.y, formulas and 式中 lines are not headings
python3 $T/html_blocks.py src/longyu8101_JTS239-2015_build_html_6.html docs/f68_07_guiding_shuiyun_hunningtu_naijiuxing.txt "6 混凝土耐久性检测 — 水运工程混凝土结构实体检测技术规程 JTS 239-2015" --drop-first-if-title >/dev/null
G f68_07_guiding_shuiyun_hunningtu_naijiuxing.txt "6 混凝土耐久性检测 — 水运工程混凝土结构实体检测技术规程 JTS 239-2015" '[[52,1],[56,1],[68,1],[120,1],[151,1],[165,1]]'
# 08 GB55001-2021 '四、条文说明' page (same repository as 01, docs/4twsm.html): the RTD sidebar here lists the whole 条文说明
#    tree (lines 17-38, chrome, not headings); the h1/h2 '四、条文说明' are the page's title block. Body: h2 chapters 1–4 depth 1
#    (markers set by hand: gold.py does not read a bare '1'; titles keep the headerlink glyph U+F0C1 as gold.py reads it for the
#    other headings, as in the main corpus' Sphinx pages), h3 sections 2.1 … 4.10 depth 2 (source typo 材料和沿途的性能 kept)
python3 $T/html_blocks.py src/longyu8101_GB55001_docs_4twsm.html docs/f68_08_guiding_gongcheng_jiegou_tiaowen_shuoming.txt "四、条文说明 — 工程结构通用规范 GB55001-2021" --drop-first-if-title >/dev/null
G f68_08_guiding_gongcheng_jiegou_tiaowen_shuoming.txt "四、条文说明 — 工程结构通用规范 GB55001-2021" \
 '[[46,1,"总则\uf0c1","1"],[52,1,"基本规定\uf0c1","2"],[53,2],[70,2],[76,2],[81,2],[104,2],[112,1,"结构设计\uf0c1","3"],[113,2],[143,2],[145,1,"结构作用\uf0c1","4"],[146,2],[152,2],[171,2],[173,2],[178,2],[190,2],[213,2],[224,2],[229,2],[232,2]]'
# 09 第二十届全国稀土催化学术会议《第一轮会议通知》 as a news page of the conference site (PHP page, HTML inside; no <title>, the
#    included header has it: line 1 = the news title given here; line 2 the column h4 '新闻详情' is site chrome; line 3 the news
#    title again, line 4 its date). Gold: 一、征文范围 / 二、会议组织 / 三、会议重要日期 depth 1 (plain <p> like all other lines);
#    the group labels 学术委员会 / 大会组织委员会 / 主办单位 … and the numbered topic list 1.–8. are not marked up and not headings
python3 $T/html_blocks.py src/jcw1993_academic_conference_news_two.php docs/f68_09_tongzhi_xitu_cuihua_huiyi.txt "第一轮会议通知已发布" >/dev/null
G f68_09_tongzhi_xitu_cuihua_huiyi.txt "第一轮会议通知已发布" '[[10,1],[20,1],[29,1]]'
# 10 《第12届中国R会议（北京）》 conference notice (Jekyll Markdown page bj2019/index.md; front-matter title = line 1). ### 一、… 九、
#    depth 1. Inside 八、会议组织 the same mark-up level (### and raw <h3>) is used for the group labels 主办方 / 协办方 / 金牌赞助商 /
#    会议视频服务独家合作伙伴 (raw <h3 class="text-center">) and for the organisations' names (### [name](link)): set by hand as
#    depth 2 (groups) and depth 3 (organisations), since the numbering 一、…九、 makes the top level
python3 $T/make_md_doc.py src/cosname_R-conference_bj2019_index.md f68_10_tongzhi_zhongguo_r_huiyi_2019 heldout --levels 3 --fresh >/dev/null
G f68_10_tongzhi_zhongguo_r_huiyi_2019.txt "第12届中国R会议（北京）" \
 '[[5,1],[9,1],[13,1],[19,1],[23,1],[31,1],[35,1],[43,1],[45,2,"主办方",""],[47,3,"统计之都",""],[51,2,"协办方",""],[53,3,"中国人民大学统计学院",""],[57,3,"中国人民大学应用统计科学研究中心",""],[61,3,"狗熊会",""],[65,2,"金牌赞助商",""],[75,2,"会议视频服务独家合作伙伴",""],[79,1]]'
