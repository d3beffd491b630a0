#!/bin/bash
# Rebuild every document and gold of dev set 67 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev67
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 student-team 会议记录 of DuckStudy (Markdown: ## dated meetings, ### / #### parts; sessions 2-4 appended as plain
#    lines '第二次会议记录：' etc. (depth 1), their parts as plain label lines or '#会议内容：' written without a space (depth 2/3))
python3 $T/make_md_doc.py src/DuckStudyGroup_DuckStudy_huiyi_jilu.md d67_01_huiyi_duckstudy_xiangmu_huiyi dev --levels 2,3,4 >/dev/null
G d67_01_huiyi_duckstudy_xiangmu_huiyi.txt "DuckStudy 项目会议记录" \
 '[[3,1],[5,2],[11,2],[16,2],[18,3],[26,3],[33,3],[38,3],[45,2],[51,2],[57,1],[59,2],[65,2],[71,2],[73,3],[78,3],[84,3],[89,3],[95,2],[101,2],[106,1],[107,2],[109,3],[115,3],[119,2],[125,1],[127,2],[134,1],[135,2],[136,3],[142,3],[146,3],[150,2],[155,2]]'
# 02 research-team 会议纪要 of the code-debug OS-competition project (Markdown; the file's only '##' line '会议纪要' becomes
#    the title; '### 日期-主题' sessions depth 1; numbered lists under '会议内容：' count as part titles (depth 2, all items)
#    where any item of the list heads an indented sub-list; plain task lists and the '会议内容：' field label are not headings)
python3 $T/make_md_doc.py src/chenzhiy2001_code-debug_huiyi_jilu.md d67_02_huiyi_code_debug_huiyi_jiyao dev --levels 2,3 >/dev/null
G d67_02_huiyi_code_debug_huiyi_jiyao.txt "会议纪要" \
 '[[3,1],[10,1],[16,1],[23,1],[30,1],[37,1],[40,2],[41,2],[45,2],[51,1],[64,1],[68,2],[71,2],[72,2],[73,2],[74,2],[76,1],[81,2],[85,2],[90,2],[92,1],[97,2],[100,2],[104,2],[107,2],[109,1],[114,2],[117,2],[120,2],[122,1],[130,1],[135,2],[138,2],[141,2],[143,1],[149,2],[152,2],[155,2],[159,2],[161,1],[167,2],[171,2],[175,2],[178,2]]'
# 03 运筹优化 study-group 会议记录 (plain text, copied unchanged by plain_txt.py): eight dated meetings ('2024年6月21日，管理学院919',
#    first line = title and first heading, as in d63_08), each with the labels 讨论主题：/未解决的问题：/布置任务： (depth 2);
#    (1)(2)… items under 讨论主题 depth 3 only where an item heads an indented sub-list (7月1日, 7月26日)
python3 $T/plain_txt.py src/Lazyhy_OR-learning_huiyi_jilu.txt docs/d67_03_huiyi_yunchou_xuexi_xiaozu.txt
G d67_03_huiyi_yunchou_xuexi_xiaozu.txt "2024年6月21日，管理学院919" \
 '[[1,1],[2,2],[4,2],[6,2],[11,1],[12,2],[14,2],[16,2],[21,1],[22,2],[27,2],[29,2],[34,1],[35,2],[36,3],[37,3],[38,3],[42,2],[44,2],[52,1],[53,2],[56,2],[58,2],[65,1],[66,2],[67,3],[68,3],[72,2],[74,2],[81,1],[82,2],[86,2],[88,2],[97,1],[98,2],[101,2],[103,2]]'
# 04 逐字稿 (word-for-word script) of a creator's spoken product talk 《我把自己的录屏流程做成了一个小软件》 (Markdown, '#' title,
#    six '##' parts, one of them empty; the '第一，…第八，' points inside a part are sentences, not headings); gold as converted
python3 $T/make_md_doc.py src/sunxiaoqiqi_luyin_zhuzigao.md d67_04_yanjiang_jianluzhi_zhuzigao dev --levels 2 >/dev/null
# 05 招新宣讲 逐字稿 of the SLsec student security lab (Markdown; source saved from the stored file at the commit named in
#    PROVENANCE_ROWS.md, no snapshot could be fetched): '## NN · 标题' pages depth 1 (marker 'NN ·') and '## 现场提示';
#    the bold stand-alone lines **屏幕上** / **讲稿** depth 2, the bold **【…】** cue lines under page 00 depth 3
python3 $T/make_md_doc.py src/kanaD3-Chan_slsec-recruit-2026_zhuzigao.md d67_05_yanjiang_slsec_zhaoxin_xuanjiang dev --levels 2 >/dev/null
G d67_05_yanjiang_slsec_zhaoxin_xuanjiang.txt "SLsec 2026 招新宣讲 · 逐字稿" \
 '[[12,1,"开场片（招新视频）","00 ·"],[16,2],[18,3,"【放片前，先起个头】",""],[22,3,"【播完之后，顺嘴带一句】",""],[32,1,"SLsec 网络安全实验室","01 ·"],[34,2],[39,2],[45,1,"抛弃幻想，直接上手","02 ·"],[47,2],[54,2],[60,1,"实验室的三大底牌","03 ·"],[62,2],[68,2],[74,1,"我们的日常工作流","04 ·"],[76,2],[82,2],[88,1,"五大赛道：找准入口","05 ·"],[90,2],[98,2],[104,1,"Web 安全","06 ·"],[106,2],[111,2],[117,1,"Pwn","07 ·"],[119,2],[124,2],[130,1,"Reverse","08 ·"],[132,2],[137,2],[143,1,"Crypto","09 ·"],[145,2],[150,2],[156,1,"Misc & OSINT","10 ·"],[158,2],[163,2],[169,1,"现场演示：内存里改一个数","11 ·"],[171,2],[178,2],[188,1,"上车路线：从零到第一步","12 ·"],[190,2],[196,2],[202,1,"擂台见：公费出征主流赛场","13 ·"],[204,2],[210,2],[216,1,"接入终端","14 ·"],[218,2],[225,2],[235,1,"你的第一个 flag","15 ·"],[237,2],[244,2],[252,1,"我们说自己开源，源码在这儿","16 ·"],[254,2],[259,2],[273,1,"拒绝填鸭 只敬真知","17 ·"],[275,2],[281,2],[291,1]]'
# 06 访谈记录 of a student social-practice team interviewing Wuxi entrepreneurs on the 「四千四万」 spirit (Markdown: '# 无锡',
#    a plain '访谈记录' subtitle line, 75 '##' entries named company + person; four hold full Q&A transcripts with bold
#    run-in speaker labels, the rest only a WeChat link); gold as converted (the 75 entries depth 1)
python3 $T/make_md_doc.py src/HGGGG831_docs-demo_wuxi_fangtan.md d67_06_zhuanfang_siqiansiwan_wuxi_qiyejia dev --levels 2 >/dev/null
# 07 成都工业职业技术学院2016年新年致辞, a college's New Year address by its 党委书记 and 院长 (an ASP.NET page of the college's
#    enrolment system, HTML with a BOM; html_blocks.py, which in this copy decodes with utf-8-sig so the BOM is dropped; the
#    <title> line repeated on the page dropped by --drop-first-if-title). Headings: the seven paragraphs opening with a bold
#    run-in title '<b>这一年，我们…。</b>' depth 1 (title = the bold sentence before its full stop)
python3 $T/html_blocks.py src/cdivtcxxzx_Enrolling_newyear.aspx docs/d67_07_jianghua_chengdu_gongye_xinnian_zhici.txt "成都工业职业技术学院2016年新年致辞" --drop-first-if-title >/dev/null
G d67_07_jianghua_chengdu_gongye_xinnian_zhici.txt "成都工业职业技术学院2016年新年致辞" '[[6,1],[7,1],[8,1],[9,1],[10,1],[11,1],[12,1]]'
# 08 演講稿 (zh-TW) of a JSDC 2025 talk on three refactoring stories (Markdown; every slide is a '# N' or '# N - 標題' heading;
#    the first, '# 2 - Summary', opens the file and becomes the title line, so it is not in the gold). Gold: the other 35 slide
#    headings depth 1, marker 'N -' with the rest as title, or marker 'N' with an empty title for bare numbers (as in cdt03)
python3 $T/make_md_doc.py src/FlySkyPie_jsdc-share_refactoring-story_speech.md d67_08_yanjiang_jsdc_chonggou_gushi dev --levels 1 >/dev/null
G d67_08_yanjiang_jsdc_chonggou_gushi.txt "2 - Summary" \
 '[[9,1,"Awesome Open Source","3 -"],[15,1,"","4"],[19,1,"","5"],[25,1,"","6"],[29,1,"","7"],[33,1,"","8"],[37,1,"","9"],[41,1,"","10"],[45,1,"","11"],[51,1,"","12"],[56,1,"","13"],[62,1,"","14"],[66,1,"","15"],[70,1,"","16"],[74,1,"","17"],[78,1,"","18"],[83,1,"","19"],[89,1,"","20"],[100,1,"","21"],[105,1,"","22"],[109,1,"","23"],[113,1,"","24"],[117,1,"","25"],[122,1,"","26"],[127,1,"","27"],[131,1,"","28"],[135,1,"","29"],[139,1,"","30"],[143,1,"","31"],[147,1,"","32"],[158,1,"","33"],[162,1,"","34"],[168,1,"","35"],[175,1,"","36"],[179,1,"","37"]]'
# 09 the same team's 访谈记录 for Xuzhou (docs/xuzhou.md: '# 徐州', '访谈记录' subtitle, 12 '##' entries, four with full Q&A
#    transcripts); gold as converted (the 12 entries depth 1)
python3 $T/make_md_doc.py src/HGGGG831_docs-demo_xuzhou_fangtan.md d67_09_zhuanfang_siqiansiwan_xuzhou_qiyejia dev --levels 2 >/dev/null
