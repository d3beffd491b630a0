#!/bin/bash
# Rebuild every document and gold of dev set 70 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev70
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 日照职业技术学院××××专业人才培养方案（框架）（2014版）: a LibreOffice HTML export inside a JSP page (1997chen/project);
#    page chrome (wangEditor placeholder lines) kept as scraped; line 2 repeats the <title>, line 6 is the plan's own title.
#    一、..十二、 depth 1; （一）（二）（三） depth 2; 1./2./3. under 培养规格 depth 3; titled （1）-（4） under 素质要求 depth 4;
#    empty （1）/（2） placeholders and table cells are not headings
python3 $T/html_blocks.py src/1997chen_project_plan_add.html docs/d70_01_fangan_rencai_peiyang_kuangjia.txt "日照职业技术学院××××专业人才培养方案（框架）（2014版）" >/dev/null
G d70_01_fangan_rencai_peiyang_kuangjia.txt "日照职业技术学院××××专业人才培养方案（框架）（2014版）" \
 '[[7,1],[8,1],[9,1],[10,1],[11,1],[21,1],[22,2],[23,2],[24,3],[27,3],[30,3],[31,4],[32,4],[33,4],[34,4],[35,1],[40,1],[41,2],[74,2],[91,1],[92,2],[309,2],[387,2],[425,1],[426,2],[428,2],[436,1],[437,1]]'
# 02 personal essay 《改变我玩耍习惯的 10 场活动》 (sunnyhuang42/sunnyhuang.net _posts, Jekyll Markdown; file deleted at HEAD, taken
#    at commit a72ccb44): ## per event depth 1, ### 后记 under each depth 2, ## CHANGELOG depth 1; gold as make_md_doc.py writes it
python3 $T/make_md_doc.py src/sunnyhuang42_sunnyhuang.net_IdxActivity.md d70_02_suibi_wanshua_xiguan_huodong dev --levels 2,3 >/dev/null
# 03 year review 《你丁酉年的故事》 (same blog; a letter-form 年度回顾): ## sections depth 1 incl. Changelog/Footnotes; gold as written
python3 $T/make_md_doc.py src/sunnyhuang42_sunnyhuang.net_Review2017LunarCalendar.md d70_03_zongjie_dingyou_nian_gushi dev --levels 2,3 >/dev/null
# 04 book review 《读《人类简史》》 (whuhan2013/whuhan2013.github.io _posts, Jekyll Markdown): no # headings; the five bold
#    stand-alone part titles (**认知革命** …, each ended by a Markdown hard break) are the headings, depth 1, set by hand
python3 $T/make_md_doc.py src/whuhan2013_whuhan2013.github.io_brief-history-human.md d70_04_dushu_renlei_jianshi dev --levels 2,3 >/dev/null
G d70_04_dushu_renlei_jianshi.txt "读《人类简史》" '[[11,1],[17,1],[29,1],[48,1],[60,1]]'
# 05 通讯 《微光育行 | Day1》 of a Tsinghua student 支教 team (GlimmerU/home pages/posts, Markdown reposted from the team's WeChat
#    account): ## /开营仪式/ … depth 1, ### lessons depth 2, '#### <h4 …>感想</h4>' depth 3 (tags dropped); gold as written
python3 $T/make_md_doc.py src/GlimmerU_home_trip-day1.md d70_05_xinwen_weiguang_yuxing_day1 dev --levels 2,3,4 >/dev/null
# 06 通讯 《微光育行 | 尾声》 (same site): ## 支教成果 / ## <h2 style=…>调研成果</h2> / ## 走近闽侯 depth 1; gold as written
python3 $T/make_md_doc.py src/GlimmerU_home_trip-end.md d70_06_xinwen_weiguang_yuxing_weisheng dev --levels 2,3,4 >/dev/null
# 07 personal year review 《2024，心有所热，步履不停》 (yusixian/cos_blogs source/_posts/life, Hexo Markdown): ## depth 1,
#    ### depth 2, #### (under 技术栈) depth 3; gold as make_md_doc.py writes it
python3 $T/make_md_doc.py src/yusixian_cos_blogs_2024-life-review.md d70_07_zongjie_2024_xinyousuore dev --levels 2,3,4 >/dev/null
# 08 travelogue 《2.17 成都出发》 (songtianyi/songtianyi.github.io pages/xsports, Markdown; cycling G318 to Lhasa): the page's own
#    '# 2.17 成都出发' is line 1; every section is '##### …' (h5), depth 1; gold as make_md_doc.py writes it (--levels 5)
python3 $T/make_md_doc.py src/songtianyi_songtianyi.github.io_cycling-tour-of-318.md d70_08_suibi_qixing_318 dev --levels 5 >/dev/null
# 09 commentary 《年轻人何以成为“隐形贫困人口”？》 by 曾于里 (first published by 南都观察), reposted in liangpengyv/my-blog
#    (Hexo Markdown): the three '## **…**' parts depth 1 (bold marks dropped); bold body paragraphs are not headings
python3 $T/make_md_doc.py src/liangpengyv_my-blog_yinxing_pinkun_renkou.md d70_09_pinglun_yinxing_pinkun_renkou dev --levels 2,3 >/dev/null
