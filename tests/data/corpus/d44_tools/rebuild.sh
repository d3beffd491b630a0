#!/bin/bash
# Rebuild every document and gold of dev set 44 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev44
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
A() { python3 $T/addh.py "$@"; }
# 01 Java 学习笔记 《2-面向对象》 (Markdown ### 1. / ##### 1.1; numbered sub-section titles '1. 函数容器' added at depth 3)
python3 $T/make_md_doc.py src/PoJane_LearnVault_Java_2-mianxiangduixiang.md d44_01_xuexi_biji_java_mianxiang_duixiang dev --levels 3,5 --title "2-面向对象"
A d44_01_xuexi_biji_java_mianxiang_duixiang 3 9 24 36 51 64 76 80 84 88 93 101 107 112 119 126 137 142 148 160 167 181 186 305 310 321 325
# 02 清易云康 加入我们 job posting (Yii PHP view fragment: PHP blocks dropped, then one block a line; h1 '1.渠道专员', h2 '岗位职责：')
mkdir -p src/tmp
python3 $T/strip_php.py src/xiebo2008_JQB_joinus.php src/tmp/xiebo2008_JQB_joinus.html
python3 $T/html_blocks.py src/tmp/xiebo2008_JQB_joinus.html docs/d44_02_zhaopin_qingyi_yunkang_jiaru_women.txt "加入我们" --drop-first-if-title >/dev/null
G d44_02_zhaopin_qingyi_yunkang_jiaru_women.txt "加入我们" '[[15,1],[16,2],[18,2],[20,1],[21,2],[23,2]]'
# 03 student team meeting minutes, Team 10 6th Meeting (中文版) (Markdown ## / ###; the numbered items under ### Outcomes
#    that title each discussed agenda point added at depth 3; the ## Agenda list itself is a list, not headings)
python3 $T/make_md_doc.py src/team10nb_WebsiteDocuments_Minutes_6_1020_fou_HRZTYM_Final.md d44_03_huiyi_jiyao_team10_di6ci dev --levels 2,3
A d44_03_huiyi_jiyao_team10_di6ci 3 76 81 130 139 143 151 159
# 04 Docker 学习笔记 page 《Docker镜像》 (VuePress Markdown, front matter without title: line 1 is the page's link text in
#    docs/docker/README.md; ## / ###; the numbered step titles '1. 下载镜像Docker Registry' … under ## 私有库 added at depth 2)
python3 $T/make_md_doc.py src/kamishima-kaede_docs_docker_dockerImages.md d44_04_xuexi_biji_docker_jingxiang dev --levels 2,3 --title "Docker镜像"
A d44_04_xuexi_biji_docker_jingxiang 2 64 68 73 97 103 111 120 124 128
# 05 黑暗中对话 加入我们 job posting (WordPress theme page at commit 00d5992, before its text moved into the CMS; PHP dropped,
#    one block a line; h3 post title, 工作描述：/工作要求： labels, '1. 项目和办公室运营' duty groups with a)–h) items under them)
python3 $T/strip_php.py src/yaowenz_did-2016_pages_join_00d5992.php src/tmp/yaowenz_join.html
python3 $T/html_blocks.py src/tmp/yaowenz_join.html docs/d44_05_zhaopin_heian_zhong_duihua_xiangmu_zhuli.txt "加入我们" --drop-first-if-title >/dev/null
G d44_05_zhaopin_heian_zhong_duihua_xiangmu_zhuli.txt "加入我们" '[[2,1],[5,2],[6,3],[15,3],[20,3],[25,2]]'
# 06 personal essay 《毕业快乐。吗？》 (Jekyll post with toc: true; the front-matter title carries a YAML comment, so it is given
#    by hand; its first '## 毕业快乐。吗？' is the first TOC section and stays a heading; trailing 。 of one heading dropped)
python3 $T/make_md_doc.py src/zhumy321_posts_2022-07-03-happy-graduation-is-it-happy-really.md d44_06_suibi_biye_kuaile_ma dev --levels 2 --title "毕业快乐。吗？" --keep-first-heading
python3 $T/settitle.py d44_06_suibi_biye_kuaile_ma 61 "跟人打交道，跟不同的人打交道，是一件还蛮有趣的事情，也可以学到很多东西"
# 07 personal essay 《雅思备考经验分享》 (same blog; ## 一、/二、/三、 and an unnumbered ## 结语, ### sub-sections; title given by
#    hand because the front-matter title carries a YAML comment)
python3 $T/make_md_doc.py src/zhumy321_posts_2022-12-14-passing-ielts.md d44_07_suibi_yasi_beikao_jingyan dev --levels 2,3 --title "雅思备考经验分享"
# 08 student team Scrum meeting record 【Beta阶段】第十一周Scrum Meeting! (Markdown ##, colons dropped from gold titles;
#    image-only lines dropped by the converter)
python3 $T/make_md_doc.py src/Qin-Hao_SoftwareEngineering_Beta_di11zhou_ScrumMeeting.md d44_08_huiyi_jilu_scrum_di11zhou dev --levels 2
python3 $T/strip_colon.py d44_08_huiyi_jilu_scrum_di11zhou
# 09 student team meeting minutes, Team 10 36th Meeting (a later meeting, only in team10nb/PublicFiles; ## / ###; the
#    '# **不要在自己讨论自己的，这是在开会**' line inside ## Comments is an emphasised sentence, not a section: not a heading)
python3 $T/make_md_doc.py src/team10nb_PublicFiles_Minutes_36_0312_fou_CSLTYM_M.md d44_09_huiyi_jiyao_team10_di36ci dev --levels 2,3
# 10 《Java核心技术》 reading/study notes, Chapter 5 继承 (Jekyll post; ### sections, #### '1.继承层次' numbered, one #####)
python3 $T/make_md_doc.py src/AllenChyou_posts_Java_2016-04-07-core-java-note-ch-5.md d44_10_xuexi_biji_core_java_ch5_jicheng dev --levels 3,4,5
# 11 邦道科技 front-end job posting 《招聘》 (Markdown # title, ### sections; the 工作地点：/工作部门：… labels open <br>-broken
#    paragraphs and are not headings; '1.' list items under the expectations section are list items)
python3 $T/make_md_doc.py src/ijzn_blog_zhaopin.md d44_11_zhaopin_bangdao_keji_qianduan dev --levels 3
# 12 commentary essay 《一次微信升级引发的思考》 (Jekyll post at commit dc16111, since deleted from the repository; ## 1.–6. and
#    ## 扫一扫 depth 1; the bold stand-alone lines '升级前：6.1'/'升级后： 6.2' and the bold-italic question lines heading the
#    answers under ## 3/## 4 added at depth 2 (the converter leaves one '*' each side of ***…***: titles set without them);
#    the two consecutive question lines under ## 2 are one restating paragraph, not headings)
python3 $T/make_md_doc.py src/yongfuhe2017_posts_product_2015-06-08-thinking-of-wechat-design_dc16111.md d44_12_pinglun_weixin_shengji_sikao dev --levels 2
A d44_12_pinglun_weixin_shengji_sikao 2 5 7 32 44 49 55
for l in 32 44; do python3 $T/settitle.py d44_12_pinglun_weixin_shengji_sikao $l "问题 3. 用户的action，具体指的是什么"; done
python3 $T/settitle.py d44_12_pinglun_weixin_shengji_sikao 49 "问题 2. 如何来预测用户的需求，或者说如何来预测用户对功能升级的反馈？"
python3 $T/settitle.py d44_12_pinglun_weixin_shengji_sikao 55 "问题 1. 如何决定一个功能是否需要改善？"
python3 $T/check_gold.py
