#!/bin/bash
# Rebuild every document and gold of fresh set 58 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh58
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 DMR 信号解调工作报告 (Markdown, ## 1. / ### unnumbered)
python3 $T/make_md_doc.py src/Atn0s_DMR-decoder_gongzuo_baogao.md f58_01_gongzuo_baogao_dmr_xinhao_jietiao heldout --levels 2,3 --fresh >/dev/null
# 02 mq-project 工作报告 (Markdown, ## 1. / ### 2.1)
python3 $T/make_md_doc.py src/BluesABC_mq-project_gongzuo_baogao.md f58_02_gongzuo_baogao_mq_xiaoxi_duilie heldout --levels 2,3 --fresh >/dev/null
# 03 青龙湖 IP孵化项目结题报告 (saved HTML page; h2 "1  ..." / h3 "1.1　..." / "8.4.1"; 附录A-C are h3 under 附录)
python3 $T/html_blocks.py src/zhengwen69_dianxiazhai-edu_jieti_baogao.html docs/f58_03_jieti_baogao_qinglonghu_ip_fuhua.txt "IP孵化项目结题报告 — 点暇斋" --drop-first-if-title >/dev/null
python3 $T/gold_from_htags.py src/zhengwen69_dianxiazhai-edu_jieti_baogao.html docs/f58_03_jieti_baogao_qinglonghu_ip_fuhua.txt "IP孵化项目结题报告 — 点暇斋" >/dev/null
python3 - <<'PY'
import json
p = 'gold/f58_03_jieti_baogao_qinglonghu_ip_fuhua.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('附录') and h['title'] != '附录':
        h['depth'] = 2
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 成都大学毕业设计（论文）管理办法 summary page (saved HTML; five h2 headings with an emoji in front; the h1 below the back link is the title shown again)
python3 $T/html_blocks.py src/zhengwen69_dianxiazhai-edu_biye_sheji_guanli_banfa.html docs/f58_04_guanli_banfa_chengdu_daxue_biye_sheji.txt "毕业设计（论文）管理办法" --drop-first-if-title >/dev/null
G f58_04_guanli_banfa_chengdu_daxue_biye_sheji.txt "毕业设计（论文）管理办法" '[[7,1,"选题原则"],[12,1,"指导教师职责"],[17,1,"学生要求"],[22,1,"答辩与成绩评定"],[26,1,"校级优秀评选"]]'
# 05 PandaTurbo 工作报告 (Markdown, ## 一、 / ### 3.1 and unnumbered ### subheads)
python3 $T/make_md_doc.py src/luo542015332_RootGuard_gongzuo_baogao.md f58_05_gongzuo_baogao_pandaturbo_youxi_jiasu heldout --levels 2,3 --fresh >/dev/null
# 06 陈柏瀚 个人工作报告 (Markdown, ## / ### 迭代 N / #### 实现截图; all unnumbered)
python3 $T/make_md_doc.py src/Paladns_PCAP_Board_gongzuo_baogao.md f58_06_gongzuo_baogao_pcap_jiexi_gongju heldout --levels 2,3,4 --fresh >/dev/null
# 07 讲稿 on 《认知与设计》 (plain text; no title of its own, so line 1 is the file name; 25 standalone unnumbered section titles, each followed by one paragraph)
python3 $T/txt_doc.py src/LeeLejia_cdn-hosting_jianggao.txt docs/f58_07_jianggao_renzhi_yu_sheji.txt "讲稿" >/dev/null
G f58_07_jianggao_renzhi_yu_sheji.txt "讲稿" "$(python3 -c "print([[n,1] for n in range(2,75,3)])")"
# 08 职途有声 开题报告 V2 (saved HTML page; section badges 一…九/表/附 in a div before the title, h3 1.1, h4/h5 card titles with their number in a block of its own)
python3 $T/html_blocks.py src/LinMuwen_ai-product_kaiti_baogao.html docs/f58_08_kaiti_baogao_zhitu_yousheng.txt "职途有声 — 开题报告 V2" --drop-first-if-title >/dev/null
G f58_08_kaiti_baogao_zhitu_yousheng.txt "职途有声 — 开题报告 V2" '[[11,1,"项目概述","一"],[12,2],[19,2],[21,1,"市场与竞品分析","二"],[22,2],[39,2],[48,1,"学术理论支撑","三"],[49,2],[52,2],[55,2],[58,2],[62,1,"核心功能设计","四"],[64,2],[69,2],[77,2],[82,2],[86,2],[90,2],[94,1,"技术架构设计","五"],[95,2],[102,2],[107,2],[118,1,"商业模式设计","六"],[125,1,"竞品差异化对比","表"],[134,1,"核心创新点","八"],[136,2],[141,2],[145,2],[149,2],[153,2],[158,2],[161,1,"预期价值与成果","九"],[162,2],[167,2],[173,1,"八维画像维度详表","附"]]'
# 09 欧派大家居 AI 协同中枢 开题报告 (saved HTML page; h2 with the number in a span, h3 2.1 and unnumbered h3 in part 1)
python3 $T/html_blocks.py src/hubayi81_feishu-aishoes-demo_kaiti_baogao.html docs/f58_09_kaiti_baogao_oupai_ai_xietong.txt "开题报告 · 欧派大家居 AI 协同中枢" --drop-first-if-title >/dev/null
G f58_09_kaiti_baogao_oupai_ai_xietong.txt "开题报告 · 欧派大家居 AI 协同中枢" '[[5,1,"命题前置分析与洞察","1"],[7,2],[13,2],[16,1,"整体解决方案设计","2"],[17,2],[19,2],[32,2],[36,2],[43,2]]'
# 10 项目展示讲稿 (a .txt written in Markdown: ### 7.1 … 7.14 headings and ``` code fences, so converted as Markdown; its first line is the title)
python3 $T/make_md_doc.py src/Huaqiang-Liu_security-project_jianggao.txt f58_10_jianggao_anquan_yunying_gaojing_jiangzao heldout --levels 3 --title "项目展示讲稿（约 12 分钟）" --fresh >/dev/null
# 11 郭文华 售前顾问面试演讲稿 (Markdown, ## 第 N 页：… sections, unnumbered for the converter)
python3 $T/make_md_doc.py src/imgwho_20260722-ai-bi-presales-slides_yanjianggao.md f58_11_yanjianggao_shouqian_guwen_mianshi heldout --levels 2 --fresh >/dev/null
# 12 毛豆高空协同捉虫系统 演讲稿 (Markdown, ## 一、… 七、 and an unnumbered 附录; numbered list items and tables are not headings)
python3 $T/make_md_doc.py src/CK627_AGCS_yanjianggao.md f58_12_yanjianggao_maodou_zhuochong_xitong heldout --levels 2 --fresh >/dev/null
python3 $T/check_gold.py
