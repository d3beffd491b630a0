#!/bin/bash
# Rebuild every document and gold of fresh set 66 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh66
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 《晨钟校友联谊会》 charter-like page of the alumni association of 北京八十中 晨光文学社 (Laravel blade view saved as HTML;
#    line 1 = the raw <title> blade expression, line 2 the top-level text leaf the converter keeps, line 3 the jumbotron h2 = page
#    title shown again, not a heading). h3 sections depth 1; two h3 carry a <small> subtitle, kept in the title
python3 $T/html_blocks.py src/bj80_www.mbaa.cn_mbaa.html docs/f66_01_zhangcheng_chenzhong_xiaoyou_lianyihui.txt "{{ \$head_title or 'MBAA - 晨钟校友联谊会' }}" >/dev/null
G f66_01_zhangcheng_chenzhong_xiaoyou_lianyihui.txt "{{ \$head_title or 'MBAA - 晨钟校友联谊会' }}" '[[4,1],[6,1],[11,1],[13,1],[15,1],[17,1],[23,1],[28,1]]'
# 02 《我的家谱》, a personal essay (Jekyll blog post, Markdown; no front-matter title, the page title is the post's file name,
#    given with --title). '## ' sections depth 1, '### ' depth 2; the three '### …。' sentences under '## 感想' are marked up as
#    headings, so they are headings (titles lose the trailing 。); '## 友情链接：' loses its ：
python3 $T/make_md_doc.py src/yuanqingfei_yuanqingfei.github.io_wode_jiapu.md f66_02_suibi_wode_jiapu heldout --levels 2,3 --title 我的家谱 --fresh >/dev/null
G f66_02_suibi_wode_jiapu.txt "我的家谱" \
 '[[5,1],[13,1],[25,2],[29,2],[33,1],[58,1],[63,1],[67,1],[71,1],[78,1],[86,1],[88,2,"我是谁，我来自哪里，我将去向何方"],[89,2,"中华文化的力量是强大的"],[90,2,"对于普通人来说，还是多生孩子吧，也许他会永远记得你"],[94,1,"友情链接"]]'
# 03 《此生的恩人们》, a personal essay by the same author (same blog; '## ' life stages depth 1, '### ' persons depth 2)
python3 $T/make_md_doc.py src/yuanqingfei_yuanqingfei.github.io_cisheng_enren.md f66_03_suibi_cisheng_de_enrenmen heldout --levels 2,3 --title 此生的恩人们 --fresh >/dev/null
# 04 GOMAJI 夠麻吉 (Taiwan) 「個人資料蒐集告知 & 隱私權保護政策」 (Laravel blade view, saved as HTML; the page has no <title>: line 1
#    is the h1 as written, '{{ $bannerTitle }}'; blade directives and breadcrumb kept as scraped). h2 depth 1, h3 【…】 depth 2,
#    h4 一、… depth 3; unmarked numbered titles: '1、期間、地區:' / '2、對象、方式:' and '(一)…' / '(二)…' depth 4, '(2) 合法提供資料情形'
#    depth 5 ('(1) …' is a sentence). The second policy's h2 and its h4 一、二、 are swallowed by the converter at a blade '@if ($date'
#    with '<' inside (line 114, damage kept); its remaining h4 三、–六、 (115–126) are depth 2, as in the source
python3 $T/html_blocks.py src/GomajiMaryChiang_playground_privacy.html docs/f66_04_guiding_gomaji_yinsiquan_zhengce.txt '{{ $bannerTitle }}' >/dev/null
G f66_04_guiding_gomaji_yinsiquan_zhengce.txt '{{ $bannerTitle }}' \
 '[[9,1],[12,2],[13,3],[15,3],[42,3],[52,3],[53,4],[55,4],[57,5],[63,3],[73,3],[75,2],[76,3],[78,3],[80,3],[82,4],[85,4],[94,3],[103,3],[104,4],[106,4],[108,3],[110,3],[112,3],[115,2],[119,2],[124,2],[126,2]]'
# 05 GOMAJI 夠麻吉「服務條款」 (same repository, terms.blade.php; h1 '服務條款' is the page title, line 1). h2 depth 1, h3 一、二、三、
#    depth 2, h4 (一) and h4 一、…十二、 (under h3 三、) depth 3; the 1、/(1) items are sentences. As in 04 the second h2 and its h4
#    一、 are swallowed at the blade '@if ($date' (line 91); its h4 二、–六、 (92–109) are depth 2
python3 $T/html_blocks.py src/GomajiMaryChiang_playground_terms.html docs/f66_05_guiding_gomaji_fuwu_tiaokuan.txt '服務條款' >/dev/null
G f66_05_guiding_gomaji_fuwu_tiaokuan.txt '服務條款' \
 '[[9,1],[15,2],[16,3],[18,2],[23,2],[25,3],[32,3],[36,3],[63,3],[67,3],[71,3],[73,3],[76,3],[79,3],[81,3],[87,3],[89,3],[92,2],[96,2],[102,2],[106,2],[109,2]]'
# 06 《天堂很远,拉萨很近-川藏南骑行》, a cycling travelogue (游记) from Nanjing to Lhasa; the .md holds an Org-mode HTML export under a
#    two-line front matter, so it is converted as HTML (html_blocks.py; line 1 = the export's title, line 2 the front matter as
#    scraped). The h2 'Table of Contents' and its day list (3–32) are a contents box, and the h2 at 33 is the title shown again:
#    not headings. The h3 '[day N] 起点－终点' day sections are depth 1 (marker '')
python3 $T/html_blocks.py src/stoneszone_stoneszone.github.io_bike-2-tibet.md docs/f66_06_suibi_chuanzang_qixing.txt "天堂很远,拉萨很近-川藏南骑行" >/dev/null
G f66_06_suibi_chuanzang_qixing.txt "天堂很远,拉萨很近-川藏南骑行" '[[36,1],[51,1],[62,1],[82,1],[98,1],[111,1],[129,1],[135,1],[149,1],[162,1],[172,1],[189,1],[204,1],[217,1],[232,1],[244,1],[256,1],[267,1],[281,1],[296,1],[314,1],[327,1],[345,1],[366,1],[377,1],[391,1],[405,1],[429,1]]'
# 07 《西藏之旅｜青春没有售价，火车直达拉萨！》, a travel essay (Astro blog post, Markdown; front-matter title is line 1).
#    '## ' places depth 1, '### ' dates depth 2, '#### ' sights depth 3. The date headings '### 1.24' … '### 1.31' are dates
#    (24 January …), not decimal numbering: marker '' and the date as title, set by hand
python3 $T/make_md_doc.py src/sun0225SUN_next-blog_xizang.md f66_07_suibi_xizang_zhi_lv heldout --levels 2,3,4 --fresh >/dev/null
G f66_07_suibi_xizang_zhi_lv.txt "西藏之旅｜青春没有售价，火车直达拉萨！" \
 '[[7,1],[9,2,"1.24",""],[17,3],[27,3],[45,2,"1.25",""],[57,3],[61,3],[69,2,"1.26",""],[71,3],[81,3],[87,1],[91,2,"1.27",""],[99,3],[107,3],[117,3],[125,3],[137,2,"1.28",""],[139,3],[151,3],[159,3],[171,3],[199,1],[205,2,"1.29",""],[217,3],[225,3],[231,1],[237,2,"1.30",""],[239,3],[245,2,"1.31",""],[249,3],[257,3],[265,3],[273,3],[283,1]]'
# 08 《2019 年度总结》, a personal year-end review (Hexo blog post, Markdown, taken from the blog's source branch at the commit in
#    PROVENANCE_ROWS.md; the default branch holds only the built site). '### ** 爱情 **' sections depth 1, '#### ** PV/UV **'
#    depth 2; the bold markers are dropped by the converter
python3 $T/make_md_doc.py src/iamsail_iamsail.github.io_2019-summary.md f66_08_zongjie_2019_niandu_zongjie heldout --levels 3,4 --fresh >/dev/null
# 09 《年終卷 | 2014年我读了哪些书？》, a year's reading essay (读书; blog post, Markdown). '## ' months depth 1, the numbered books
#    '### 1.[书名](链接) 作者' depth 2; books 15 and 16 under '## 十月' are written '#### ' but continue the same numbering 1–18, so
#    they are depth 2 as well (set by hand)
python3 $T/make_md_doc.py src/foru17_luoleiorg_what-i-read-in-2014.md f66_09_dushu_2014_wo_du_le_naxie_shu heldout --levels 2,3,4 --fresh >/dev/null
G f66_09_dushu_2014_wo_du_le_naxie_shu.txt "年終卷 | 2014年我读了哪些书？" '[[3,1],[9,1],[17,1],[19,2],[25,2],[29,1],[31,2],[35,2],[39,2],[43,2],[47,1],[49,2],[53,2],[57,2],[61,2],[65,2],[69,2],[73,2],[77,1],[79,2],[85,1],[87,2],[91,2],[97,1],[99,2],[103,2],[107,1]]'
# 10 《装修日记 | 松山没有湖，东莞三房装修》, a renovation diary (blog post by the author of 09, Markdown). '## ' depth 1, '### ' dated
#    entries depth 2, '#### ' depth 3, as the mark-up nests them (the dated entries sit under '## ?房屋平面图'); the '?' in
#    several headings is in the source (an emoji lost before commit), kept. Stand-alone bold lines are headings too (set by hand):
#    '**?设计和构思阶段**' (37) is styled like the '## **?进度简览**' sections, so depth 1, and the dated '### ' entries after it
#    fall under it; '**装修公司B**' / '**装修公司C**' (117, 133) are siblings of '#### 装修公司A': depth 3
python3 $T/make_md_doc.py src/foru17_luoleiorg_new-apartment-log-book.md f66_10_suibi_zhuangxiu_riji heldout --levels 2,3,4 --fresh >/dev/null
G f66_10_suibi_zhuangxiu_riji.txt "装修日记 | 松山没有湖，东莞三房装修" \
 '[[15,1],[19,1],[37,1],[41,2],[45,3],[54,3],[63,2],[96,3],[117,3],[133,3],[142,2],[169,2],[188,2],[204,2],[210,2],[214,2],[220,2],[237,2],[247,2],[251,1]]'
# 11 《行则将至，未来可期，和 2023 好好说声再见吧！》, a personal year-end review by the author of 07 (Astro blog, Markdown;
#    HTML comments left as the converter leaves them). '## ' depth 1, '### ' depth 2; '### 2024 填坑计划' / '### 2024 任务清单' begin
#    with a year, not a section number: marker '' and the whole line as title, set by hand
python3 $T/make_md_doc.py src/sun0225SUN_next-blog_2023.md f66_11_zongjie_2023_niandu_zongjie heldout --levels 2,3 --fresh >/dev/null
G f66_11_zongjie_2023_niandu_zongjie.txt "行则将至，未来可期，和 2023 好好说声再见吧！" \
 '[[18,1],[26,2],[52,1],[58,2],[62,2],[73,2],[83,2],[97,2],[109,1],[121,2],[135,2],[149,2],[157,2],[169,1],[171,2,"2024 填坑计划",""],[189,2,"2024 任务清单",""]]'
# 12 《2018 年度总结》, the same blogger's previous year-end review (same source-branch commit as 08); '### ** 博客 **' sections
#    depth 1, bold markers dropped by the converter
python3 $T/make_md_doc.py src/iamsail_iamsail.github.io_2018-summary.md f66_12_zongjie_2018_niandu_zongjie heldout --levels 3 --fresh >/dev/null
