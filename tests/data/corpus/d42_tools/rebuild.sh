#!/bin/bash
# Rebuild every document and gold of dev set 42 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev42
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 USTC LUG 网络服务总则 (an association's rules: ### 〇、/一、/二、/三、 parts, numbered clauses as 1. list items)
python3 $T/make_md_doc.py src/ustclug_website_services_rules.md d42_01_guizhang_ustclug_wangluo_fuwu dev --levels 3
# 02 USTC LUG 工作会议 record (news post; bold stand-alone '一.' / '1.'…'9.' sub-heads, a second part written '**  二。…**'; a bold sponsor list is not a heading)
python3 $T/make_md_doc.py src/ustclug_website_2014-08-31_sfd_gongzuo_huiyi.md d42_02_huiyi_ustclug_sfd_gongzuo dev --levels 2
G d42_02_huiyi_ustclug_sfd_gongzuo.txt "2014 年 8 月 SFD 工作规划暨新学期 LUG 工作会议" \
 '[[5,1,"SFD 相关","一."],[9,2],[23,2],[31,2],[49,2],[57,2],[79,2],[83,2],[89,2],[101,2],[109,1,"LUG 本学期工作的讨论","二。"]]'
# 03 USTC LUG 版衫制作手册 (a volunteer's 总结 of a month's work: unnumbered ### steps; bold run-in labels **要做事情：** are not headings)
python3 $T/make_md_doc.py src/ustclug_website_2015-09-13_banshan_zhizuo_shouce.md d42_03_zongjie_ustclug_banshan_zhizuo dev --levels 3
# 04 The Missing Semester 中文版 lecture notes 《提问&回答》 (front matter title; a contents list of question links, then one ## per question)
python3 $T/make_md_doc.py src/missing-semester-cn_2020_qa.md d42_04_jiangyi_missing_semester_wenda dev --levels 2
# 05 USTC LUG Linux 101 讲义 第一章 《初识 Linux》 (MkDocs: ## / ### / #### with {#anchor} attribute lists, !!!/??? admonition boxes not headings)
python3 $T/make_md_doc.py src/ustclug_Linux101-docs_Ch01_index.md d42_05_jiangyi_linux101_chushi dev --levels 2,3,4
python3 $T/strip_attr.py gold/d42_05_jiangyi_linux101_chushi.json
# 06 Spanner paper, Chinese translation on a personal blog (Hugo front matter; ## 1. / ### 2.1 / #### 4.1.1; unnumbered ## 作者/摘要/致谢/参考文献; '附录A' marker set by hand)
python3 $T/make_md_doc.py src/MrCroxx_blog_spanner-osdi2012_index.md d42_06_lunwen_spanner_yiwen dev --levels 2,3,4
python3 $T/set_marker.py gold/d42_06_lunwen_spanner_yiwen.json 355 附录A
# 07 大学生社会实践调研报告 (students' survey report: # title, bold subtitle, ## 摘要 / ## 一、… / ### 1.1 …, a ### under 摘要, ## 参考文献 and ## 附录 with an R code fence whose '#' comments are not headings)
python3 $T/make_md_doc.py src/guodayi-cmu_survey-cloudflare_shehui_shijian_baogao.md d42_07_diaoyan_daxuesheng_lianai_bianjie dev --levels 2,3
# 08 GitLab team handbook, Chinese adaptation: the 沟通 rules page (kramdown {:.no_toc}/{:toc} TOC block under '## On this page' = contents, not a heading; ### / #### sections; rules as '1.' list items)
python3 $T/make_md_doc.py src/zhv9_handbook_communication_index.html.md d42_08_guizhang_gitlab_goutong_shouce dev --levels 3,4
# 09 XORing Elephants paper, Chinese translation on the same blog (## 1. / ### 1.1 / #### 3.1.1; '## 附录' with ### '附录A …' (marker set by hand) and a bare '### 附录B' (marker '', title 附录B, like a bare 附件N))
python3 $T/make_md_doc.py src/MrCroxx_blog_xoring-elephants_index.md d42_09_lunwen_xoring_elephants_yiwen dev --levels 2,3,4
python3 $T/set_marker.py gold/d42_09_lunwen_xoring_elephants_yiwen.json 319 附录A
# 10 上海 Linux 用户组 讲稿 《上海Linux用户组的过去、现在与未来》 in a post of slides links (## talk title / ### 摘要 / ### 讲稿; the four freedoms written 一、…四， are list items, not headings)
python3 $T/make_md_doc.py src/shanghailug_2020-04-19-april-online-meetup-res.md d42_10_jianggao_shlug_guoqu_xianzai dev --levels 2,3
# 11 SHLUG monthly meetup announcement (a setext '本月聚会内容:' + '-----' heading added by hand; '# 主题详细信息:' / '## 主题N' / '### 演讲者 …'; trailing colons dropped)
python3 $T/make_md_doc.py src/shanghailug_2016-06-21-monthly.md d42_11_tongzhi_shlug_yuedu_fenxianghui dev --levels 1,2,3
python3 $T/fix_titles.py gold/d42_11_tongzhi_shlug_yuedu_fenxianghui.json
python3 $T/add_bold.py gold/d42_11_tongzhi_shlug_yuedu_fenxianghui.json docs/d42_11_tongzhi_shlug_yuedu_fenxianghui.txt '[["本月聚会内容:",1]]'
# 12 In-memory MVCC evaluation paper (VLDB 2017), Chinese translation on the same blog (## 1. … ## 10. / ### 3.1 …, English terms in parentheses and ——MVTO suffixes kept in titles)
python3 $T/make_md_doc.py src/MrCroxx_blog_wu-vldb2017_index.md d42_12_lunwen_mvcc_pingce_yiwen dev --levels 2,3,4
python3 $T/check_gold.py
