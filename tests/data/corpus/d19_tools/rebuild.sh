#!/bin/bash
# Rebuild every document and gold of dev set 19 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev19
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 刑事裁定书 (2015)漳刑终字第42号, full text of a 裁判文书 XML test case; stage labels on their own line
python3 $T/writ_qw.py src/NJUASI-AC_SupremePeopleCourt_case_test_set_29951.xml docs/d19_01_caiding_zhangzhou_qiangjie_daoqie.txt "（2015）漳刑终字第42号刑事裁定书" >/dev/null
G d19_01_caiding_zhangzhou_qiangjie_daoqie.txt "（2015）漳刑终字第42号刑事裁定书" '[[9,1],[10,2],[13,2],[18,1],[19,2],[38,2],[56,1],[57,2],[70,2]]'
# 02 本科毕业论文式论文《基于 AI 驱动的三维智能商城导购系统设计与实现》 (Markdown ## 第 N 章 / ### 1.1 / #### 1.1.1; 摘要, 关键词, Abstract, 目录, 致谢, 附录)
python3 $T/make_md_doc.py src/jay1247sjh_SmartMall_Explanation.md d19_02_lunwen_sanwei_shangcheng_daogou dev --levels 2,3,4
python3 - <<'PY'
import json, re
p = 'gold/d19_02_lunwen_sanwei_shangcheng_daogou.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第 \d+ 章) (.*)', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)   # chapter marker written with spaces
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 时政财经 video show transcript 《中美关系缓和与中国万亿产业规划…》 (### topic sections, ### 问答环节 with 16 bold '问：…？' questions)
python3 $T/make_md_doc.py src/austery_thought-foundry-content_notes_5Zu_kC6FFDU.md d19_03_wenda_shiping_caijing_zhongmei dev --levels 3
python3 $T/add_regex.py d19_03_wenda_shiping_caijing_zhongmei '^问：.*？$' 2
# 04 刑事裁定书 (2014)深中法刑二终字第24号 (same collection): '原审认定：一、有关抢劫罪的犯罪事实：' (stage label and first numbered heading on one line), evidence groups 一、/二、 with 1、…7、 kinds of evidence, （1） items and 判决 items not headings
python3 $T/writ_qw.py src/NJUASI-AC_SupremePeopleCourt_case_test_set_16259.xml docs/d19_04_caiding_shenzhen_qiangjie_dubo.txt "（2014）深中法刑二终字第24号刑事裁定书" >/dev/null
G d19_04_caiding_shenzhen_qiangjie_dubo.txt "（2014）深中法刑二终字第24号刑事裁定书" '[[14,1,"原审认定"],[19,2],[22,2],[23,3],[31,3],[40,3],[47,3],[51,3],[54,3],[57,2,"有关孙培印开设赌场罪证据"]]'
# 05 press remarks with reporters' questions, bilingual transcript 《特朗普与埃及总统会晤：聚焦加沙和平与中东未来》 (### topic sections; plain '记者：…？' question lines)
python3 $T/make_md_doc.py src/austery_thought-foundry-content_notes_oXEmu7rDBfs.md d19_05_jizhewen_telangpu_aiji dev --levels 3
python3 $T/add_regex.py d19_05_jizhewen_telangpu_aiji '^记者：.*？' 2
# 06 a former court-beat journalist's feature essay 《升维：从“政法记录者”到“算法明辨者”》 (Jekyll page, HTML body: h1 title, h2 subtitle, three h3 chapter heads numbered I./II./III.); front matter cut before html_blocks.py
python3 -c "import sys; t=open(sys.argv[1],encoding='utf-8').read(); open(sys.argv[2],'w',encoding='utf-8').write(t.split('---',2)[2])" src/WangLuyao1026_github_io_news_reflection.md /tmp/d19_06_body.html
python3 $T/html_blocks.py /tmp/d19_06_body.html docs/d19_06_tegao_zhengfa_jizhe_zhuanxing.txt "升维：从“政法记录者”到“算法明辨者”" --drop-first-if-title >/dev/null
G d19_06_tegao_zhengfa_jizhe_zhuanxing.txt "升维：从“政法记录者”到“算法明辨者”" '[[4,1,"告别“已知”：一位政法记者的未竟之问","I."],[11,1,"闯入“未知”：在文理十字路口的思维重塑","II."],[17,1,"年度结语：在确定的变革中，拥抱不确定的远征","III."]]'
python3 $T/check_gold.py
