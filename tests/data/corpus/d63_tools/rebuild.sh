#!/bin/bash
# Rebuild every document and gold of dev set 63 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev63
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 讲座 write-up 《华科线上宣讲第一期精彩回顾》 (hust-open-atom-club/docs; Markdown, no # title: the file name is given as
#    the title; ## 一、…五、 depth 1; the bold numbered lines '1. **…**'–'4. **…**' under 三、 title its four parts, depth 2;
#    the two 'Q:…' questions of 四、一些Q&A each open a question-and-answer unit: depth 2, marker '', title with its Q:
#    (the Q&A convention of this set); the bold '招新微信群'/'俱乐部公众号' lines are captions of QR-code images, not headings)
python3 $T/make_md_doc.py src/hust-open-atom-club_docs_xuanjiang_huigu.md d63_01_jiangzuo_huake_xuanjiang_huigu dev --levels 2 --title "华科线上宣讲第一期精彩回顾" >/dev/null
G d63_01_jiangzuo_huake_xuanjiang_huigu.txt "华科线上宣讲第一期精彩回顾" \
 '[[5,1],[9,1],[25,1],[31,2],[39,2],[43,2],[47,2],[51,1],[53,2],[57,2],[61,1]]'
# 02 news feature 《WHLUG线下沙龙圆满成功|干货满满，精彩回顾》 (hust-open-atom-club/OpenAtomClub pages/_news/20240326_WHLUG_Salon.md;
#    Markdown with front-matter title; no # headings: its four 小标题 are blockquote lines '>…' (talk title, speaker and
#    affiliation on one line; '>闪电演讲', '>尾声'), set by hand at depth 1 with the whole line as title; 文稿/排版/校对 credits not headings)
python3 $T/make_md_doc.py src/hust-open-atom-club_OpenAtomClub_whlug_huigu.md d63_02_xinwen_whlug_shalong_huigu dev --levels 2 >/dev/null
G d63_02_xinwen_whlug_shalong_huigu.txt "WHLUG线下沙龙圆满成功|干货满满，精彩回顾" '[[5,1],[11,1],[21,1],[27,1]]'
# 03 event announcement (press release) 《Deepin&华中科技大学，一场技术盛宴等你来》 (same repository, 20240524_WHLUG_Salon.md;
#    the bold blockquote lines '> **议程剧透**' and '> **活动信息**' are the two parts, depth 1; the four '## ' talk titles stand
#    under 议程剧透, depth 2; the （1）（2） registration steps are steps, not headings)
python3 $T/make_md_doc.py src/hust-open-atom-club_OpenAtomClub_whlug_yugao.md d63_03_xinwen_whlug_shalong_yugao dev --levels 2 >/dev/null
G d63_03_xinwen_whlug_shalong_yugao.txt "Deepin&华中科技大学，一场技术盛宴等你来" '[[11,1],[15,2],[21,2],[27,2],[35,2],[41,1]]'
# 04 openEuler 技术委员会 meeting minutes of 2023-06-07 (openeuler-mirror/TC Meeting_Minutes/2023/20230607_minutes.txt; plain
#    text, UTF-8/LF already, copied unchanged; no title line: line 1 ' Data 日期： 2023-6-7' is the gold title). Gold by hand:
#    the stand-alone '遗留事项跟踪 : …' line opening the follow-up part (depth 1, whole line as title), its 一、/二、 (depth 2)
#    and under 二、 the three repository groups '1、移植工具链', '2针对开发框架…windows app ：' (numbering damaged, marker '2')
#    and '3、mono/net framework' (depth 3; '4、Maintainer 预计…' is a sentence, not a heading); the six topics '议题一：'…'议题六：'
#    (depth 1, marker '议题X', title after the colon). Not headings: the 一、…六、 benefit list items under 议题一, the
#    numbered 1./2. comment lines, and '三、四议题合一起讨论：' (a remark about topics 3 and 4, not section 三).
python3 $T/plain_txt.py src/openeuler-mirror_TC_20230607_minutes.txt docs/d63_04_huiyi_jiyao_openeuler_tc_20230607.txt
G d63_04_huiyi_jiyao_openeuler_tc_20230607.txt "Data 日期： 2023-6-7" \
 '[[9,1,"遗留事项跟踪 :  成立Port-from-Windows应用迁移SIG组的待确定事宜 @杜开田",""],[11,2],[14,2],[16,3],[20,3,"针对开发框架（如winform/ WPF /nodejs ) 开发的windows app","2"],[23,3],[29,1,"使用metalink 替换openEuler dnf的repo配置，提高用户的下载效率","议题一"],[46,1,"utsudo宣讲","议题二"],[55,1,"openEuler LLVM 选型","议题三"],[58,1,"openEuler GCC 选型","议题四"],[70,1,"申请  开源软件供应链安全事务纳入openEuler安全委员会，并新建一个代码仓secChain","议题五"],[81,1,"《oEEP-0004 openEuler官方容器镜像发布流程》评审","议题六"]]'
# 05 minutes of the first 2025-2026 offline meeting of the openEuler 技术委员会 (same repository,
#    Meeting_Minutes/2025/20250313_minutes.md; Markdown without # headings, hard-break lines; its first line is the meeting's
#    title and is given as --title). Gold by hand: the stand-alone label '议题：' (depth 1, title 议题), the seventeen agenda items
#    '1、…'–'17、…' (depth 2; titles keep the time slot and presenters as written; '3、…介绍。需要…' is run-in) and
#    '4.1 附带讨论…' (depth 3). Not headings: '5.1'/'5.2' and the 1、2、3、 lines under 结论 (action items), 1）2）3）, '*、SIG组审视…'.
python3 $T/make_md_doc.py src/openeuler-mirror_TC_20250313_minutes.md d63_05_huiyi_jiyao_openeuler_tc_xianxia dev --levels 2 --title "2025-2026届openEuler技术委员会第一次线下会议" >/dev/null
G d63_05_huiyi_jiyao_openeuler_tc_xianxia.txt "2025-2026届openEuler技术委员会第一次线下会议" \
 '[[10,1,"议题",""],[11,2],[12,2],[13,2],[18,2],[23,3],[37,2],[42,2],[48,2],[53,2],[56,2],[62,2],[74,2],[77,2],[86,2],[90,2],[97,2],[100,2],[103,2]]'
# 06 talk transcript 《蚂蚁金服微服务实践- 2018 开源中国年终盛典分享实录》 (sofastack/sofastack.tech content/zh/blog/sofastack-oschina-2018;
#    Markdown, front-matter title; 演讲 written up from the speaker's talk). '## 本次分享主要分为三部分：' (the outline, depth 1,
#    title without its '：'), '## 1、…'/'##  2、…'/'##  3、…' depth 1, '### PPT 下载和相关地址' depth 2. Not headings: the bold
#    sentence '**那如果大家对 SOFAStack 感兴趣，…**' and the 1. 2. 3. list sentences after it.
python3 $T/make_md_doc.py src/sofastack_sofastack.tech_oschina_2018_fenxiang.md d63_06_yanjiang_mayi_weifuwu_shijian dev --levels 2,3 >/dev/null
G d63_06_yanjiang_mayi_weifuwu_shijian.txt "蚂蚁金服微服务实践- 2018 开源中国年终盛典分享实录" '[[8,1],[14,1],[54,1],[129,1],[154,2]]'
# 07 interview 《SOFAArk Committer 专访｜看它不爽，就直接动手改！》 (same repository; Markdown, front-matter title). The three
#    '### Before/过程/After' stand before the first '##', so they are depth 1 like the '##' sections; the interviewer's questions
#    open the question-and-answer units and are depth 2 under their '##' (marker '', title with the Q:/A: label as written).
#    In the last section the source swaps the labels: the questions are the lines written 'A:SOFAArk 负责人说你是…。' and
#    'A:有了这种特殊经历后…？' (gold there), the 'Q:…' lines after them are the answers (not headings). The closing
#    '### 本周推荐阅读' is depth 2 by its mark-up (under the last '##').
python3 $T/make_md_doc.py src/sofastack_sofastack.tech_sofaark_committer_zhuanfang.md d63_07_zhuanfang_sofaark_committer dev --levels 2,3 >/dev/null
G d63_07_zhuanfang_sofaark_committer.txt "SOFAArk Committer 专访｜看它不爽，就直接动手改！" \
 '[[11,1],[19,1],[27,1],[33,1],[35,2],[41,2],[47,2],[53,1],[55,2],[59,2],[71,1],[73,2],[79,2],[91,2]]'
# 08 openEuler Release SIG meeting records of 2021 (openeuler-mirror/release-management
#    Meeting_Minutes/2021/Consolidated_Year_Meeting_Records.txt; plain text, copied unchanged by plain_txt.py). Four dated
#    sessions, newest first, each opened by a date line: those are depth 1 (the first, '2021/12/31 openEuler 20.03 LTS SP3发布评审',
#    is line 1 and so also the gold title: the file has no title of its own). Under them the numbered topics ('1、', '1.', '1．')
#    are depth 2; the bare labels '议题：' and '申报议题：' that introduce numbered topics are depth 2 with their topics at depth 3
#    (the convention of d63_05); the empty 'Q:' questions of the Greenplum proposal are depth 4 (Q&A convention). Not headings:
#    the 1）2） conclusion lines, 评审意见/与会人 lines and the 'QA SIG：'/'Release SIG：'/'OSV：' vote-group labels.
python3 $T/plain_txt.py src/openeuler-mirror_release-management_2021_meeting_records.txt docs/d63_08_huiyi_jilu_openeuler_release_2021.txt
G d63_08_huiyi_jilu_openeuler_release_2021.txt "2021/12/31 openEuler 20.03 LTS SP3发布评审" \
 '[[1,1],[3,2,"议题",""],[4,3],[19,1],[20,2],[23,2],[27,2],[29,2],[31,2],[36,1],[37,2],[40,2,"申报议题",""],[41,3],[43,4],[46,4],[50,1],[51,2],[56,2],[59,2],[63,2],[66,2]]'
# 09 report chapter 《1. 法律及政策》 of the 台灣開放政府觀察報告 2014-2016 by 開放文化基金會 (ocftw/OpenGovReport14-16
#    src/jade/md/ch-1.md; Markdown in Traditional Chinese; '# 1. 法律及政策' is the title; the ':::success' container lines stay
#    in the text as the converter leaves them). '##' depth 1, '###' depth 2. Set by hand: the sections numbered '1-1.', '1-2.',
#    '1-3.' (marker as written, title after it); '### 2012 年因應國際趨勢…' is unnumbered (the year is not a marker). The
#    numbered 1. 2. 3. lines under 歐盟 are sentences and the '<圖表 1.x> …' captions (label dropped as a tag) are captions;
#    '### 註解' (the notes) is depth 2 by its mark-up.
python3 $T/make_md_doc.py src/ocftw_OpenGovReport14-16_ch-1.md d63_09_baogao_kaifang_zhengfu_falv_zhengce dev --levels 2,3 >/dev/null
G d63_09_baogao_kaifang_zhengfu_falv_zhengce.txt "1. 法律及政策" \
 '[[4,1],[6,2],[10,2,"2012 年因應國際趨勢及台灣社會氛圍開始一連串政策制定",""],[14,2],[18,2],[24,1,"台灣開放資料、開放政府的法律及政策","1-1."],[26,2],[50,2],[87,1,"台灣開放政府相關政府組織架構","1-2."],[89,2],[105,2],[120,1,"國際比較","1-3."],[141,2],[147,2],[157,2],[165,2]]'
# 10 report chapter 《4. 公民科技協作關係》 of the same report (src/jade/md/ch-4.md; ':::danger' container lines kept as
#    converted). '##' depth 1, '###' depth 2; set by hand: the case sections '4-1.'…'4-6.' (marker as written). Not headings:
#    the caption line ' 公民科技協作的四種模式' under the figure and the 1.–5. list of points after it.
python3 $T/make_md_doc.py src/ocftw_OpenGovReport14-16_ch-4.md d63_10_baogao_gongmin_keji_xiezuo dev --levels 2,3 >/dev/null
G d63_10_baogao_gongmin_keji_xiezuo.txt "4. 公民科技協作關係" \
 '[[4,1],[5,2],[9,2],[13,2],[17,2],[21,2],[26,1,"公民科技：公私協作的新嘗試","4-1."],[38,1,"物資地圖與災民證：公民科技救援急難事件","4-2."],[45,2],[51,2],[61,2],[67,1,"公文郵遞管理系統：數位工具改善行政流程","4-3."],[74,2],[84,2],[94,2],[100,1,"空氣盒子：打造政府、廠商、社群之間的生態圈","4-4."],[107,2],[115,2],[125,1,"vTaiwan：開放協作創造審議空間","4-5."],[132,2],[138,2],[146,2],[158,1,"如何促成公民科技協作關係","4-6."],[160,2],[205,2],[223,2],[240,2]]'
# 11 workshop/lecture review 《回顧：網路自由工作坊：Tor、Tails、OONI》 (ocftw/ooni-research docs/zh-TW/blog/posts/
#    rightscon25-tor-tails-ooni-after.md; MkDocs Markdown, Traditional Chinese; the page's '# …' is the title; attribute lists
#    '{ style=… }' and admonitions stay as the converter leaves them). '##' depth 1, '###' depth 2, gold as make_md_doc.py writes
#    it. Not headings: the label '活動議程：' and its 1.–3. agenda list (the parts are the '##' sections), the 1.–3. points and
#    list lead-ins ('未來應該要持續關注：', '我們可以如何行動：') under Roger's Talk, the admonition titles ('!!! info "…"').
python3 $T/make_md_doc.py src/ocftw_ooni-research_rightscon25_huigu.md d63_11_jiangzuo_wangluo_ziyou_gongzuofang dev --levels 2,3 >/dev/null
# 12 monthly progress report 《2025/05 專案進度更新》 of the same project (docs/zh-TW/blog/posts/updates-202505.md): four '##'
#    sections, depth 1, as make_md_doc.py writes them. Not headings: the bold topic labels of the bulleted list
#    ('- **主題一：…**'), the admonition titles ('!!! info "工作人員報名"' etc.), the figure caption.
python3 $T/make_md_doc.py src/ocftw_ooni-research_updates-202505.md d63_12_gongzuo_niming_wangluo_jindu_202505 dev --levels 2,3 >/dev/null
