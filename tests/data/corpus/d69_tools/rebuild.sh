#!/bin/bash
# Rebuild every document and gold of dev set 69 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev69
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 会议简介 of 第十届（2015）中国管理学年会 (JSP page; h3 article title on line 3 is the page's title shown again, not a heading;
#    bold 一、二、三、 depth 1; the 1、…22、 topic list is a list, not headings; line 2 is JSP residue kept as scraped)
python3 $T/html_blocks.py src/frank-zx_mam2015_nav_2.jsp docs/d69_01_tongzhi_guanlixue_nianhui_jianjie.txt "会议简介-第十届（2015）中国管理学年会" >/dev/null
G d69_01_tongzhi_guanlixue_nianhui_jianjie.txt "会议简介-第十届（2015）中国管理学年会" '[[4,1],[8,1],[10,1]]'
# 02 交通信息 page of the same conference site (bold lead line depth 1, bold station lines depth 2, sidebar h3 会议信息 depth 1;
#    bold 方案1/方案2 are run-in labels of list items, not headings)
python3 $T/html_blocks.py src/frank-zx_mam2015_nav_2-2.jsp docs/d69_02_tongzhi_guanlixue_nianhui_jiaotong.txt "交通信息-第十届（2015）中国管理学年会" >/dev/null
G d69_02_tongzhi_guanlixue_nianhui_jiaotong.txt "交通信息-第十届（2015）中国管理学年会" '[[4,1],[5,2],[8,2],[11,2],[14,1]]'
# 03 会议日程 page of the 2019 中国R会议（北京）心理学专场 (Markdown; ## depth 1, ### depth 2, #### depth 3 as make_md_doc writes them;
#    the source puts '## 演讲列表' and '## Keynote…'/'## 第一场…' at the same level, kept so)
python3 $T/make_md_doc.py src/cosname_R-conference-info_psy-0526-all.md d69_03_tongzhi_r_huiyi_xinlixue_zhuanchang dev --levels 2,3,4 >/dev/null
# 04 same conference, 医疗健康专场 (same form)
python3 $T/make_md_doc.py src/cosname_R-conference-info_public-health-0525-all.md d69_04_tongzhi_r_huiyi_yiliao_jiankang_zhuanchang dev --levels 2,3,4 >/dev/null
# 05 会议通知 of 第二届中国贝叶斯统计学术论坛（天津，2014） (cosx.org post; '# 一、' depth 1, '## （一）' depth 2; the four bold
#    stand-alone '报告题目：…' lines under （一）论坛特邀报告 depth 3; titles lose a trailing ：, so the gold is written with gold.py)
python3 $T/make_md_doc.py src/cosname_cosx.org_2014-12-15-2rd-bayesian-statistics-meeting.md d69_05_tongzhi_beiyesi_luntan_richeng dev --levels 1,2 >/dev/null
G d69_05_tongzhi_beiyesi_luntan_richeng.txt "第二届中国贝叶斯统计学术论坛（天津，2014）日程安排" \
 '[[5,1],[9,1],[13,1],[21,2],[23,3],[29,3],[35,3],[41,3],[47,2],[53,1],[63,1],[65,2],[69,2],[74,2],[80,2],[86,1],[90,1],[100,1]]'
# 06 会议通知 of 第九届中国R语言会议（厦门） (cosx.org post; the two bold lines under the front-matter title are the conference's name
#    shown again, not headings; '# 一、'…'# 十一、' depth 1, the '## ' host names under 十、 depth 2; gold as make_md_doc writes it)
python3 $T/make_md_doc.py src/cosname_cosx.org_2016-09-05-9th-r-conference-xiamen.md d69_06_tongzhi_r_huiyi_xiamen dev --levels 1,2 >/dev/null
# 07 chapter 4 of 行业标准 JTS 304-2019《水运工程水工建筑物检测与评估技术规范》, Read-the-Docs (Sphinx) HTML page; title = page <title>;
#    sidebar contents, '查看页面源码', pager, footer kept as chrome. Gold: h2 4.1 … 4.7 depth 1 (headerlink glyph U+F0C1 kept at the
#    end of each title, as gold.py reads the line); h1 chapter title = the page title; clauses 4.x.y and list items not headings
TT="4. 混凝土结构耐久性检测与评估 — 查规范：水运工程水工建筑物检测与评估技术规范 JTS 304"
python3 $T/html_blocks.py src/longyu8101_TEST_docs_04.html docs/d69_07_guiding_shuiyun_shuigong_naijiuxing.txt "$TT" >/dev/null
G d69_07_guiding_shuiyun_shuigong_naijiuxing.txt "$TT" '[[62,1],[65,1],[77,1],[88,1],[98,1],[198,1],[242,1]]'
# 08 the 条文说明 page for chapter 4 of the same standard (same form); h2 4.2/4.5/4.6 depth 1; the circled ①②③ sub-titles inside the
#    note to 4.5.4 depth 2 (their lines start with em spaces, so marker and title are given by hand)
python3 $T/html_blocks.py src/longyu8101_TEST_docs_twsm_t04.html docs/d69_08_guiding_shuiyun_shuigong_tiaowen_shuoming.txt "$TT" >/dev/null
G d69_08_guiding_shuiyun_shuigong_tiaowen_shuoming.txt "$TT" '[[58,1],[60,1],[64,2,"混凝土有效扩散系数D的确定","①"],[73,2,"混凝土表面氯离子含量 Cs 取值","②"],[92,2,"关于钢筋腐蚀氯离子临界含量 Ct 取值","③"],[111,1]]'
# 09 《3D打印技术》课程教学大纲 (a docx-derived Markdown syllabus; source saved from the stored file, no snapshot could be fetched).
#    Bold first line = title (--title). Gold: '# 1.'…'# 7.' depth 1; bold 4.1/4.2 and '### （1）教材/（2）参考资料' depth 2; bold
#    （1）理论教学内容/（2）实验教学内容 depth 3; bold 第N单元：… (marker 第N单元) and bold ①…⑤ experiments depth 4; the bold stand-alone
#    labels 【教学内容】【教学重点及难点】【基本要求】【培养的能力】 under each 单元 depth 5; run-in bold 预修课程：/后续课程： and the
#    plain 【知识】/【素质】/【能力】 lines are not headings
python3 $T/make_md_doc.py src/Teaching-Works-Lab_course-teaching-archive_3D_dayin_jishu_dagang.md d69_09_fangan_3d_dayin_jishu_dagang dev --levels 1,3 --title "《3D打印技术》课程教学大纲" >/dev/null
G d69_09_fangan_3d_dayin_jishu_dagang.txt "《3D打印技术》课程教学大纲" \
 '[[3, 1], [14, 1], [18, 1], [24, 1], [26, 2], [28, 3], [30, 4, "3D打印技术的历史沿革及其与增材制造的关系（2学时）", "第1单元"], [32, 5, "【教学内容】", ""], [36, 5, "【教学重点及难点】", ""], [42, 5, "【基本要求】", ""], [48, 5, "【培养的能力】", ""], [52, 4, "各类3D打印技术的制造工艺原理（8学时）", "第2单元"], [54, 5, "【教学内容】", ""], [58, 5, "【教学重点及难点】", ""], [64, 5, "【基本要求】", ""], [69, 5, "【培养的能力】", ""], [73, 4, "3D打印技术的增材制造前处理技术与原理——三维模型工艺设计（4学时）", "第3单元"], [75, 5, "【教学内容】", ""], [79, 5, "【教学重点及难点】", ""], [85, 5, "【基本要求】", ""], [89, 5, "【培养的能力】", ""], [93, 4, "3D打印技术的后处理技术（6学时）", "第4单元"], [95, 5, "【教学内容】", ""], [99, 5, "【教学重点及难点】", ""], [105, 5, "【基本要求】", ""], [109, 5, "【培养的能力】", ""], [113, 4, "3D打印各个领域的应用（4学时）", "第5单元"], [115, 5, "【教学内容】", ""], [119, 5, "【教学重点及难点】", ""], [125, 5, "【基本要求】", ""], [131, 5, "【培养的能力】", ""], [135, 4, "开源3D打印（2学时）", "第6单元"], [137, 5, "【教学内容】", ""], [141, 5, "【教学重点及难点】", ""], [147, 5, "【基本要求】", ""], [153, 5, "【培养的能力】", ""], [157, 3], [159, 4], [167, 4], [175, 4], [183, 4], [191, 4], [199, 2], [214, 1], [220, 1], [222, 2], [226, 2], [234, 1]]'
# 10 《微机原理及接口技术》课程教学大纲 (docx-derived Markdown, no '#' headings; source saved from the stored file). Gold by hand:
#    plain 一、…六、 depth 1; bold （一）/（二） under 五、 and plain （一）参考书目/（二）学习资料 under 六、 depth 2; bold 1./2./3. depth 3;
#    bold （1）…（4） depth 4; table rows (第一单元…, 实践模块…, 实验一…) and the bold 制定人 line are not headings
python3 $T/make_md_doc.py src/Teaching-Works-Lab_course-teaching-archive_weiji_yuanli_dagang.md d69_10_fangan_weiji_yuanli_jiekou_dagang dev --levels 1 --title "《微机原理及接口技术》课程教学大纲" >/dev/null
G d69_10_fangan_weiji_yuanli_jiekou_dagang.txt "《微机原理及接口技术》课程教学大纲" \
 '[[3,1],[20,1],[51,1],[88,1],[107,1],[109,2],[123,2],[125,3],[129,3],[133,3],[135,4],[143,4],[156,4],[183,4],[214,1],[216,2],[224,2]]'
# 11 活动通知 大数据公益大学第一期活动 (统计之都 salon site, Jekyll Markdown; '###活动介绍###' headings written without a space and with
#    closing hashes, read by make_md_doc.py as level 3; gold as it writes it; the closing <http://…> autolink is dropped by the converter)
python3 $T/make_md_doc.py src/cosname_salon_2013-09-03-big-data-university.md d69_11_tongzhi_dashuju_gongyi_daxue dev --levels 3 >/dev/null
# 12 活动预告 COS数据分析沙龙（北京站）第11期 (same salon site; no '#' headings). Gold: the bold stand-alone labels 沙龙时间： …
#    问题咨询： (each on its own line, its value below) at depth 1, titles without the trailing ：; the bold run-in 沙龙主题：/沙龙嘉宾：
#    and the numbered steps under 沙龙流程/沙龙报名 are not headings
python3 $T/make_md_doc.py src/cosname_salon_2013-08-21-cos-salon-beijing-notice-2013-aug.md d69_12_tongzhi_cos_shalong_yugao dev --levels 2 >/dev/null
G d69_12_tongzhi_cos_shalong_yugao.txt "COS数据分析沙龙（北京站）第11期活动预告" '[[14,1],[18,1],[22,1],[28,1],[32,1],[36,1],[40,1],[47,1]]'
