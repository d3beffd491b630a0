#!/bin/bash
# Rebuild every document and gold of dev set 18 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev18
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# join the first N lines of a converted text into one title line (a title set in two Word paragraphs)
J() { python3 - "$1" "$2" <<'PY'
import sys
p, n = 'docs/' + sys.argv[1], int(sys.argv[2])
L = open(p, encoding='utf-8').read().split('\n')
open(p, 'w', encoding='utf-8').write('\n'.join([''.join(L[:n])] + L[n:]))
PY
}
# 01 黔东南州2016年统计公报 (DOCX in the repo, misnamed as the 洛阳 2023 bulletin); title in two paragraphs joined
python3 $T/docx_paras.py src/HYSkyline_squan_kw_2023_luoyang_tongji_gongbao.docx docs/d18_01_tongji_gongbao_qiandongnan_2016.txt >/dev/null
J d18_01_tongji_gongbao_qiandongnan_2016.txt 2
G d18_01_tongji_gongbao_qiandongnan_2016.txt "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报" \
 '[[5,1],[74,1],[252,1],[338,1],[467,1],[471,1],[473,1],[476,1],[498,1],[501,1],[506,1],[543,1],[573,1]]'
# 02 浙大《马克思主义基本原理》课程笔记 ch1 (MkDocs Markdown, # title, ## 1 / ### 1.1 / #### 1.1.1; depth by the parts of the number)
python3 $T/make_md_doc.py src/WintermelonC_Docs_marxist_ch1.md d18_02_xuexi_biji_mayuan_wuzhixing dev --levels 2,3,4 --depth number
# 03 Raft 论文中文译本 (GitBook: README + chapters concatenated in SUMMARY.md order; ## 1 / ### 5.1 / #### 5.4.1, 摘要/参考 unnumbered; figure captions are not headings)
python3 $T/make_md_doc.py src/shirdrn_raft-algo-paper-cn_all.md d18_03_lunwen_raft_yiwen dev --levels 2,3,4 --depth number
# 04 RuyiSDK 双周进展汇报 第069期 (project progress report, WeChat-article Markdown; ## / ### / #### headings; numbered bold V8 patch titles are list items)
python3 $T/make_md_doc.py src/ruyisdk_wechat-articles_20260526-biweekly-69.md d18_04_jinzhan_huibao_ruyisdk_69 dev --levels 2,3,4
# 05 PLCT 实验室实习岗位招聘公告 (same repository; ## sections, ### one heading per position)
python3 $T/make_md_doc.py src/ruyisdk_wechat-articles_20240211-open-positions.md d18_05_gonggao_zhaopin_plct_shixi dev --levels 2,3
# 06 CMU 开源计划访谈 (English-Chinese bilingual translation, Markdown, file as of commit be17313 — removed from the repository's HEAD later);
#    no heading levels taken from the Markdown (the ## lines are the dek and byline under the title); each interviewer turn
#    ('**Henry Kronk:** …', English and Chinese) is a heading at depth 1
python3 $T/make_md_doc.py src/kaiyuanshe_open-source-articles_cmu_interview.md d18_06_zhuanfang_cmu_kaiyuan dev --levels 9
G d18_06_zhuanfang_cmu_kaiyuan.txt "Carnegie Mellon’s Massive Open Source Initiative – Interview With the Leader Behind It" '[[39,1],[41,1],[51,1],[53,1],[71,1],[73,1],[91,1],[93,1],[107,1],[109,1],[123,1],[125,1],[135,1],[137,1]]'
# 07 《2023 中国开源年度报告》开源大事记篇 (VitePress Markdown; ## 一. / ### 1.1 / #### 3.1.1; markers '一.' split off by hand;
#    the bold table caption '2023年度开源相关大会搜集表' is not a heading)
python3 $T/make_md_doc.py src/kaiyuanshe_2023-China-Open-Source-Report_open-source-milestones.md d18_07_baogao_kaiyuan_dashiji_2023 dev --levels 2,3,4
python3 $T/fix_markers.py gold/d18_07_baogao_kaiyuan_dashiji_2023.json
# 08 2023年洛阳市统计公报 (plain-text extraction kept in the same repository, copied verbatim; repeated page-header lines and
#    footnote marks ①② kept as scraped; 一、…十二、 depth 1 ('  八、' indented in the source), the stand-alone '注释：' and
#    '资料来源：' blocks at the end as unnumbered depth-1 headings)
cp src/HYSkyline_squan_kw_2023_luoyang_tongji_gongbao.txt docs/d18_08_tongji_gongbao_luoyang_2023.txt
G d18_08_tongji_gongbao_luoyang_2023.txt "2023年洛阳市国民经济和社会发展统计公报①" \
 '[[14,1],[41,1],[55,1],[65,1],[73,1],[89,1],[97,1],[103,1],[113,1],[119,1],[125,1],[135,1],[145,1],[163,1]]'
# 09 Git 课堂笔记 (Markdown, # title, ## sections; the numbered items '1. 创建与合并分支' under them are Markdown list items, not headings,
#    and so is their sibling '6.多人协作' written without the space)
python3 $T/make_md_doc.py src/Xinwenshuo_ketangbiji_git.md d18_09_ketang_biji_git dev --levels 2
# 10 同一报告的商业化篇 (## 一. / ### 2.1 / #### 2.1.1; the <center> figure captions '图 2.1 …' become plain lines and are not headings)
python3 $T/make_md_doc.py src/kaiyuanshe_2023-China-Open-Source-Report_commercialization.md d18_10_baogao_kaiyuan_shangyehua_2023 dev --levels 2,3,4
python3 $T/fix_markers.py gold/d18_10_baogao_kaiyuan_shangyehua_2023.json
python3 $T/check_gold.py
