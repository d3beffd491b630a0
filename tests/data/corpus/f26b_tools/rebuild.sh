#!/bin/bash
# Rebuild every document and gold of fresh set 26b from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh26b
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# fix(): set depth/marker/title of gold headings by line: fix NAME '{"LINE": {"depth":1}}'
fix() { python3 - "$@" <<'PY'
import json, sys
p = 'gold/%s.json' % sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
ch = json.loads(sys.argv[2])
for h in d['headings']:
    h.update(ch.get(str(h['line']), {}))
d['headings'] = [h for h in d['headings'] if not h.get('drop')]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 d2l course notes, lecture 28 (Markdown ## / ###; the video-link ### before the first ## has no parent: depth 1)
python3 $T/make_md_doc.py src/green-dalii_d2l-note_docs_28-shendu-xuexi-yingjian.md f26b_01_xuexi_biji_shendu_xuexi_yingjian heldout --levels 2,3 --fresh
fix f26b_01_xuexi_biji_shendu_xuexi_yingjian '{"5": {"depth": 1}}'
# 02 VS Code lecture handout of a student club's weekly session (Markdown ## / ###)
python3 $T/make_md_doc.py src/CompPsyUnion_2526-weekly-session_VSCode_README_CN.md f26b_02_jiangyi_vscode_shiyong_zhinan heldout --levels 2,3 --fresh
# 03 developer guide of a game-automation tool (Markdown ## 1. / ### 1.1; VitePress {#id} heading anchors removed as the page shows them)
python3 $T/make_md_doc.py src/1054711110_narutomobile_docs_develop_index.md f26b_03_kaifa_zhinan_maa_auto_naruto heldout --levels 2,3 --fresh
python3 - <<'PY'
import json, re
n = 'f26b_03_kaifa_zhinan_maa_auto_naruto'
t = open('docs/%s.txt' % n, encoding='utf-8').read()
open('docs/%s.txt' % n, 'w', encoding='utf-8').write(re.sub(r' \{#[\w-]+\}$', '', t, flags=re.M))
d = json.load(open('gold/%s.json' % n, encoding='utf-8'))
for h in d['headings']:
    h['title'] = re.sub(r' \{#[\w-]+\}$', '', h['title'])
json.dump(d, open('gold/%s.json' % n, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 中南大学计算机学院会议场地使用实施方案 (JSP page of a meeting-room booking system; Word HTML; 第X条 as run-in paragraphs)
python3 $T/html_blocks.py src/CSUpipixia_CSEMeetingSystem_rule.jsp docs/f26b_04_shishi_fangan_huiyi_changdi_shiyong.txt "中南大学计算机学院会议场地使用实施方案" --drop-first-if-title >/dev/null
G f26b_04_shishi_fangan_huiyi_changdi_shiyong.txt "中南大学计算机学院会议场地使用实施方案" '[[3,1],[4,1],[5,1],[6,1],[7,1],[8,1],[9,1],[10,1],[11,1],[12,1],[13,1],[14,1]]'
# 05 a student's 2023 year-end summary (Hugo blog post, Markdown ##)
python3 $T/make_md_doc.py src/lin-snow_2023_summary_index.md f26b_05_nianzhong_zongjie_2023_xuesheng_boke heldout --levels 2,3 --fresh
# 06 城俱杯APP俱乐部协议 (JSP page; <title>, then the h3 title shown again, then h4 第X条 labels on their own lines; no 第九条 in the source)
python3 $T/html_blocks.py src/qiango_zhongshiwanghe_club_build_protocol.jsp docs/f26b_06_xieyi_chengjubei_julebu.txt "城俱杯APP俱乐部协议" --drop-first-if-title >/dev/null
G f26b_06_xieyi_chengjubei_julebu.txt "城俱杯APP俱乐部协议" '[[4,1],[8,1],[10,1],[12,1],[14,1],[16,1],[18,1],[20,1],[22,1],[24,1],[26,1]]'
# 07 假期规则 page of a company OA system (JSP; <%=basePath%> expressions removed first, as the server fills them in;
#    the h1 "假期规则" under the page title is the page's own title shown again; h2 sections, h3 leave types)
sed 's/<%=[^%]*%>//g' src/yangjie4011_oa-parent_leaveRule.jsp > /tmp/f26b_07.jsp
python3 $T/html_blocks.py /tmp/f26b_07.jsp docs/f26b_07_jiaqi_guize_oa_xitong.txt "我的假期" --drop-first-if-title >/dev/null
G f26b_07_jiaqi_guize_oa_xitong.txt "我的假期" '[[3,1],[4,2],[7,2],[9,2],[11,2],[13,2],[15,2],[17,2],[19,1],[20,2],[22,2],[24,2],[26,2],[28,2],[30,2]]'
# 08 podcast shownotes of an interview (Markdown front matter title; stand-alone bold lines are the sections, numbered bold topics under 我们聊了这些)
python3 $T/make_md_doc.py src/opensource-f2f_episode_S01E26-ospp-2025.md f26b_08_boke_fangtan_kaiyuan_zhi_xia_tushujuku heldout --levels 2,3 --fresh
G f26b_08_boke_fangtan_kaiyuan_zhi_xia_tushujuku.txt "图数据库+开源之夏，一场非科班学生的开源“圆梦之旅”" '[[7,1],[11,1],[13,2],[19,2],[24,2],[29,2],[34,1]]'
# 09 design document of a cloud-gaming project, 问题背景 (docsify Markdown ## / ###, ### 1、… under 技术挑战)
python3 $T/make_md_doc.py src/senlypan_cloudgaming-docs_02-problem-background.md f26b_09_sheji_wendang_yunyouxi_wenti_beijing heldout --levels 2,3 --fresh
# 10 same project, 规划指导 (## 一、/二、/三、 with unnumbered ### under them)
python3 $T/make_md_doc.py src/senlypan_cloudgaming-docs_01-guiding-ideology.md f26b_10_sheji_wendang_yunyouxi_guihua_zhidao heldout --levels 2,3 --fresh
# 11 Taiwan university USR project site, 活動紀錄 (MkDocs Markdown ## / ### / ####; "2025" in the first heading is a year, not a number)
python3 $T/make_md_doc.py src/a4ltw_wzuusr.org_docs_activities.md f26b_11_taiwan_daxue_usr_huodong_jilu heldout --levels 2,3,4 --fresh
fix f26b_11_taiwan_daxue_usr_huodong_jilu '{"3": {"marker": "", "title": "2025 蚵寮 AI 永續探索營"}}'
# 12 one issue of a student-run campus newsletter (pandoc-written Markdown: # 活动预告 / ## items; pandoc's wrapped
#    <a> elements joined and backslash escapes removed first by pandoc_md_prep.py; the two numbered lecture entries
#    under 讲座, each titling a block of 主讲人/时间/地点 lines, are depth 3; the contents list at the top is not gold)
python3 $T/pandoc_md_prep.py src/nik-nul_Nanna_News_md_2024-11-20.md /tmp/f26b_12.md
python3 $T/make_md_doc.py /tmp/f26b_12.md f26b_12_xiaoyuan_xiaobao_nanna_xiaoxi heldout --levels 1,2 --fresh
G f26b_12_xiaoyuan_xiaobao_nanna_xiaoxi.txt "南哪消息 2024-11-20" '[[20,1],[22,2],[28,2],[71,2],[91,3],[96,3],[104,2],[124,2],[132,2],[141,2],[149,2],[159,2],[172,2],[182,2],[190,2],[200,2],[212,2],[221,2]]'
python3 $T/check_gold.py
