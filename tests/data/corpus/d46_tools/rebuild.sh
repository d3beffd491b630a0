#!/bin/bash
# Rebuild every document and gold of dev set 46 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev46
T=tools
M() { python3 $T/make_md_doc.py "$@" >/dev/null; }
# 01/02 HackathonWeekly 服务条款 and 用户隐私政策 (company terms and privacy policy; ## 一、 > ### （一） > #### 1.)
M src/hackathonweekly_community_terms.zh.md d46_01_fuwu_tiaokuan_hackathonweekly dev --levels 2,3,4
M src/hackathonweekly_community_privacy-policy.zh.md d46_02_yinsi_zhengce_hackathonweekly dev --levels 2,3,4
# 03 QUIC invariants draft, Chinese translation (kramdown-rfc: YAML head without closing '---', unnumbered # / ## sections)
M src/quicwg_zh-translations_draft-ietf-quic-invariants-zh.md d46_03_guifan_quic_bubianliang_yiwen dev --levels 1,2 --title "Version-Independent Properties of QUIC"
python3 - <<'PY'
import json, re
p = '/work/dev46/gold/d46_03_guifan_quic_bubianliang_yiwen.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:                      # kramdown anchors ' {#connection-id}' are not part of the title
    h['title'] = re.sub(r'\s*\{#[^}]*\}$', '', h['title'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 04 EECS 490 course notes, ch. 4 (## 4.1 > ### 4.1.1 > ####; bold case labels '案例 1：…' titling blocks added)
M src/aresbit_eecs490-pl-notes-zh_ch04.md d46_04_biji_chengxu_yuyan_shuju_chouxiang dev --levels 2,3,4
python3 $T/add_bold.py d46_04_biji_chengxu_yuyan_shuju_chouxiang '示例：推导' '案例 1：' '案例 2：' '案例 3：' '案例 4：' >/dev/null
# 05 / 12 Espressif FAQ (Chinese): one ## per question topic, Q:/A: list items are not headings
M src/espressif_esp-faq_cn_WIFI.md d46_05_faq_esp_wifi dev --levels 2,3
M src/espressif_esp-faq_cn_Peripherals.md d46_12_faq_esp_waishe dev --levels 2,3
# 06 B&R China FAQ page (no title of its own: the file name is line 1; '# 1 …' numbered sections; TOC list not headings)
M src/Yunis-YuanZhiyi_BR-CN-FAQ_038ACOPOS_D1_FAQ.md d46_06_faq_acopos_d1 dev --levels 1 --title 038ACOPOS_D1_FAQ
# 07 TSchool 學生會組織章程 (## 第X章 + run-in '**第X條**（條名）' articles; an article's title is its label)
M src/tschool-students_information_001-charter.md d46_07_zhangcheng_xueshenghui_tschool dev --levels 2
python3 $T/add_runin.py d46_07_zhangcheng_xueshenghui_tschool '(第[一二三四五六七八九十百]+條)' 2 >/dev/null
python3 - <<'PY'
import json, re
p = '/work/dev46/gold/d46_07_zhangcheng_xueshenghui_tschool.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:                      # split '第一章　總則' into marker and title
    m = re.match(r'(第[一二三四五六七八九十]+章)\u3000?(.*)', h['title'])
    if h['depth'] == 1 and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 08 PLCT intern's December 2024 report (no title: file name 'December' is line 1; ## 本周工作 > ### …)
M src/Pagerd_PLCT_24-Dec_December.md d46_08_yuebao_plct_2024_12 dev --levels 2,3
python3 $T/retitle.py d46_08_yuebao_plct_2024_12 December
# 09 Dapr 源码解析 双周会 page (## 参会方式 / 会议纪要 > ### one date per meeting)
M src/dapr-cn_dapr-cn-site-source_meetings_index.md d46_09_huiyi_jiyao_dapr_shuangzhouhui dev --levels 2,3
# 10 Teach Yourself Scheme, ch. 2 in Chinese (setext title made ATX in a prepared copy; ## 2.1 > ### 2.1.1)
python3 $T/setext_prepare.py src/songjinghe_TYS-zh-translation_020-data-types.md src/songjinghe_TYS-zh-translation_020-data-types_prepared.md
M src/songjinghe_TYS-zh-translation_020-data-types_prepared.md d46_10_yiwen_scheme_shuju_leixing dev --levels 2,3
python3 - <<'PY'
import json
p = '/work/dev46/gold/d46_10_yiwen_scheme_shuju_leixing.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:                      # '2.2.1，Strings': the comma belongs to the numbering
    if h['title'].startswith('，'):
        h['marker'], h['title'] = h['marker'] + '，', h['title'][1:]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 11 EECS 490 course notes, ch. 7 (bold '情形 A: …' interleaving cases and one bold solution title added)
M src/aresbit_eecs490-pl-notes-zh_ch07.md d46_11_biji_chengxu_yuyan_bingfa_biancheng dev --levels 2,3,4
python3 $T/add_bold.py d46_11_biji_chengxu_yuyan_bingfa_biancheng '情形 A: ' '情形 B: ' '情形 C: ' '情形 D: ' '情形 E: ' '更一般的解决方案: ' >/dev/null
python3 $T/check_gold.py
