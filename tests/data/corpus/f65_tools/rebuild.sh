#!/bin/bash
# Rebuild every document and gold of fresh set 65 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh65
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 论文 《25~48周龄海兰褐蛋鸡蛋氨酸供给量研究》 (ChinaXiv preprint as OCR Markdown, every heading at '#'; the '#' title is line 1).
#    Decimal numbering gives the depth; markers written without a space ('1材料与方法') set by hand; the unmarked numbered lines
#    1.1 (run-in 'Met样品'), 1.4, 2.1.3, 3.1 added; the source has no '1.1'/'3.1' mark-up.
python3 $T/make_md_doc.py src/DreamBlooms_ChinaXiv_201711.00448V1.md f65_01_lunwen_danji_danansuan heldout --levels 1 --depth number --fresh
G f65_01_lunwen_danji_danansuan.txt '25\~48周龄海兰褐蛋鸡蛋氨酸供给量研究' \
 '[[11,1,"材料与方法","1"],[13,2,"Met样品","1.1"],[15,2],[19,2],[36,2,"饲养管理","1.4"],[40,2],[42,3],[46,3],[50,2],[54,1,"结果与分析","2"],[56,2],[60,3],[74,3,"试验期 $9 \\sim 2 4$ 周蛋鸡生产性能","2.1.2"],[85,3],[96,2],[105,2,"二次方程拟合产蛋高峰期Met供给量","2.3"],[122,1,"讨论","3"],[124,2,"饲粮 Met水平对蛋鸡生产性能的影响","3.1"],[130,2,"饲粮Met水平对蛋鸡血液生化指标的影响","3.2"],[136,1,"结论","4"]]'
# 02 论文 《美国放牧地管理政策的历史演变》 (ChinaXiv preprint, OCR Markdown, all '#'): 摘要, 关键词, 一、…十二、, 参考文献 all depth 1;
#    the '#' line 236 is the label printed inside figure 2 (a caption-like figure text), left out.
python3 $T/make_md_doc.py src/DreamBlooms_ChinaXiv_201704.00422V1.md f65_02_lunwen_meiguo_fangmudi heldout --levels 1 --fresh
G f65_02_lunwen_meiguo_fangmudi.txt '美国放牧地管理政策的历史演变' \
 '[[9,1],[29,1],[33,1],[45,1],[61,1],[73,1],[83,1],[95,1],[105,1],[119,1],[133,1],[137,1],[147,1],[157,1],[175,1]]'
# 05 章程 《OpenCloudOS 社区章程》 (OpenCloudOS/community 'OpenCloudOS 社区章程.MD'; ## depth 1 … ##### depth 4 by mark-up level;
#    the bold stand-alone label lines '**技术价值**：'/'业务价值'/'生态价值' under 1 added at depth 2; the plain lines 文档资料/UX/UI设计/
#    打包发布/项目管理 under 特殊SIG贡献 are unmarked and unnumbered, left out; markers '1'…'14' (number and space) set by hand)
python3 $T/make_md_doc.py src/OpenCloudOS_community_shequ_zhangcheng.md f65_05_zhangcheng_opencloudos_shequ heldout --levels 2,3,4,5 --fresh
G f65_05_zhangcheng_opencloudos_shequ.txt 'OpenCloudOS 社区章程' \
 '[[3,1,"社区愿景、使命和价值 Vision, Mission and Values","1"],[7,2],[10,2],[13,2],[16,1,"会员 Membership","2"],[30,2],[34,3],[46,2],[58,1,"理事会 Governing Board","3"],[64,2],[73,2],[85,1,"秘书处 Secretariat","4"],[87,2],[93,1,"技术监督委员会 TOC， Technical Oversight Committee","5"],[101,2],[108,2],[121,2],[129,2],[134,2],[141,2],[143,3],[147,4],[155,4],[176,4],[186,4],[191,3],[195,4],[202,4],[207,4],[224,1,"最终用户委员会 End User Committee","6"],[232,1,"投票 Voting","7"],[240,1,"反垄断导则 Antitrust Guidelines","8"],[265,1,"行为准则 Code of Conduct","9"],[271,1,"预算 Budget","10"],[274,1,"一般和管理开销 General & Administrative Expenses","11"],[280,1,"一般原则和行为 General Rules and Operations","12"],[286,1,"知识产权政策 IPR, Intellectual Property Right Policy","13"],[289,1,"章程修正条款 Amendments","14"]]'
# 06 方案 《NodeParty 开源基金会运作草案》 (NodeParty-China/Node-OpenSource-Foundation README.md; ## depth 1, ### depth 2, #### depth 3,
#    all unnumbered; gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/NodeParty-China_Node-OpenSource-Foundation_README.md f65_06_fangan_nodeparty_jijinhui_yunzuo heldout --levels 2,3,4 --fresh
# 07 招募通知 《OpenCloudOS 社区招募》 (OpenCloudOS/community 'OpenCloudOS社区招募.pdf', pdftotext -layout via pdf_layout.py; line 1 the
#    title, line 3 its subtitle). 【社区缘起】【社区招募】【参与方式】 depth 1 (bracketed stand-alone titles, marker ''); under 参与方式 the
#    titled items '2、加入社区须签署文件' and '3、OpenCloudOS 社区回馈' depth 2; item 1、 is a sentence (a step) and the 1）2）3） lines are
#    list items, not headings
python3 $T/pdf_layout.py src/OpenCloudOS_community_shequ_zhaomu.pdf docs/f65_07_tongzhi_opencloudos_shequ_zhaomu.txt >/dev/null
G f65_07_tongzhi_opencloudos_shequ_zhaomu.txt 'OpenCloudOS 社区招募' \
 '[[6,1,"社区缘起",""],[16,1,"社区招募",""],[26,1,"参与方式",""],[34,2],[42,2]]'
# 08 活动报道 《亲临百人盛况的Apache SkyWalking 2020 DevCon，看见了什么？》 (alc-beijing/alc-site, an event report by 赵禹光; front-matter
#    title is line 1; '### 简介：' … '### 彩蛋：' all depth 1, unnumbered; gold through gold.py so that titles lose a trailing '：')
python3 $T/make_md_doc.py src/alc-beijing_alc-site_skywalking_devcon_2020.md f65_08_xinwen_skywalking_devcon heldout --levels 3 --fresh
G f65_08_xinwen_skywalking_devcon.txt '亲临百人盛况的Apache SkyWalking 2020 DevCon，看见了什么？' \
 '[[5,1],[9,1],[11,1],[15,1],[18,1],[21,1],[24,1],[27,1],[30,1],[33,1],[36,1],[39,1],[42,1],[45,1],[48,1]]'
# 09 活动通讯 《追赶与创新 —— Apache 中国路演2020在 COSCon'2020（技术篇）》 (alc-beijing/alc-site; front-matter title (trailing
#    spaces dropped with --title) is line 1; ## depth 1, ### (the speakers under 主讲嘉宾介绍) depth 2; gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/alc-beijing_alc-site_roadshow_china_2020_2.md f65_09_tegao_apache_zhongguo_luyan heldout --levels 2,3 --fresh \
 --title "追赶与创新 —— Apache 中国路演2020在 COSCon'2020（技术篇）"
# 10 企业实践文章 《长安汽车从自研平台到Apache StreamPark™ 的升级实践》 (apache/streampark-website, zh-CN blog, supplied by 长安智能化研究院;
#    front-matter title is line 1; '## 1.…' depth 1, ### depth 2, #### depth 3 (the numbered '#### 1. Flink集群无法访问' …
#    under 遇到的问题及解决方案 too); the bold run-in '导读：…' paragraph is not a heading; gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/apache_streampark-website_usercase_changan_zh.md f65_10_jishu_changan_qiche_streampark heldout --levels 2,3,4 --fresh
# 11 意见 《中共中央 国务院关于实施乡村振兴战略的意见》 (2018; plain text kept as course data in NextBuild-Sora/TAOCP_Project, UTF-8 with CRLF,
#    one paragraph a line; converted with plain_txt.py). 一、…十二、 depth 1; （一）… depth 2, mostly run-in titles cut at the first
#    '。' ('（三）基本原则' stands alone); the '——坚持…' principle paragraphs under （三） are list items, not headings
python3 $T/plain_txt.py src/NextBuild-Sora_TAOCP_Project_xiangcun_zhenxing_yijian.txt docs/f65_11_yijian_xiangcun_zhenxing_zhanlve.txt >/dev/null
G f65_11_yijian_xiangcun_zhenxing_zhanlve.txt '中共中央 国务院关于实施乡村振兴战略的意见' \
 '[[4,1],[8,1],[9,2],[10,2],[14,2],[22,1],[24,2],[25,2],[26,2],[27,2],[28,2],[29,1],[31,2],[32,2],[33,2],[34,2],[35,1],[37,2],[38,2],[39,2],[40,2],[41,1],[43,2],[44,2],[45,2],[46,2],[47,2],[48,1],[50,2],[51,2],[52,2],[53,2],[54,2],[55,2],[56,1],[58,2],[59,2],[60,2],[61,2],[62,1],[64,2],[65,2],[66,2],[67,2],[68,1],[70,2],[71,2],[72,2],[73,2],[74,2],[75,1],[77,2],[78,2],[79,2],[80,1],[82,2],[83,2],[84,2],[85,2],[86,2],[87,2]]'
# 12 章程 《Engine SIG 章程》 (tikv/community sig/engine/constitution-zh_CN.md, a Chinese original with no English counterpart, taken at the
#    commit named in PROVENANCE_ROWS.md; the file was removed from the repository later). '## 职责范围' … depth 1; the '- 代码范围',
#    '- 任务分配', '- 考核 & 晋升制度' … lines are list items, not headings; gold as make_md_doc.py writes it
python3 $T/make_md_doc.py src/tikv_community_sig_engine_constitution_zh.md f65_12_zhangcheng_tikv_engine_sig heldout --levels 2,3 --fresh
# 03 企业实践文章 《Apache StreamPark™ 在尘锋信息的最佳实践，化繁为简极致体验》 (apache/streampark-website, zh-CN blog 5; front-matter title is
#    line 1). '## 01 技术选型' … depth 1, ### depth 2, #### depth 3 by mark-up level, markers as written ('01', '1.'); the source's
#    own slips stay: '#### 1./2./4./5.' (no 3.) and '### 03 社区活跃' next to the unnumbered '### 完成度高'/'### 源码优秀'; the list
#    '1. 技术选型 … 5. 结束语' after the 摘要 is a contents list and the '1、新建 Project…' lines are steps, not headings
python3 $T/make_md_doc.py src/apache_streampark-website_usercase_dustess_zh.md f65_03_jishu_chenfeng_xinxi_streampark heldout --levels 2,3,4 --fresh
# 04 发布公告 《1.4.0 版本发布》 of Apache InLong (apache/inlong-website, zh-CN blog 2022-11-16; the snapshot is over the size limit, so the
#    source was saved from the stored file at the commit named in PROVENANCE_ROWS.md, exactly as stored, without a final newline).
#    Front-matter title is line 1; ## depth 1, ### depth 2. '1.4.0 版本总览'/'1.4.0 版本特性介绍' begin with the version number, not a
#    section number: marker '' and the whole line as title (set by hand)
python3 $T/make_md_doc.py src/apache_inlong-website_release_1.4.0_zh.md f65_04_xinwen_inlong_banben_fabu heldout --levels 2,3 --fresh
G f65_04_xinwen_inlong_banben_fabu.txt '1.4.0 版本发布' \
 '[[5,1,"1.4.0 版本总览",""],[8,2],[14,2],[19,2],[23,2],[32,2],[39,2],[45,2],[50,1,"1.4.0 版本特性介绍",""],[51,2],[54,2],[57,2],[60,2],[63,2],[68,2]]'
