#!/bin/bash
# Rebuild docs/ and gold/ of dev set d15 from src/ only.
set -e
cd "$(dirname "$0")/.."
T=tools
# 01 情况报告: 长顺县贫困（深度贫困）基本情况 (HTML held in a JS module of a poverty-alleviation site, item 3 of 9)
python3 - <<'PY'
import re
s = open('src/ymz-studio_cshunWebsite_static_policy.js', encoding='utf-8').read()
items = re.findall(r"title: '([^']*)',\s*createdAt: '([^']*)',\s*author: '([^']*)',\s*content: `(.*?)`", s, re.S)
t, d, a, c = items[2]
assert t == '长顺县贫困（深度贫困）基本情况'
open('src/cshun_policy_item3_changshun_pinkun.html', 'w', encoding='utf-8').write(c)
PY
python3 $T/html_blocks.py src/cshun_policy_item3_changshun_pinkun.html docs/d15_01_qingkuang_baogao_changshun_pinkun.txt "长顺县贫困（深度贫困）基本情况" --drop-first-if-title
(cd $T && python3 -c "
import gold
gold.write('d15_01_qingkuang_baogao_changshun_pinkun.txt','长顺县贫困（深度贫困）基本情况',
 [(2,1),(5,1),(6,2),(9,2)]+[(l,3) for l in (10,17,21,27,28,29,30)]+[(31,1),(32,2,'极贫乡镇'),(33,2,'深度贫困村'),(41,2)])" >/dev/null)

# 02 讲话（党代会报告）: 二十大报告 as a plain-text file of a course-notes repository (no title in the file: the report's
# official title is put as line 1, then a blank line; CRLF to LF, trailing blank lines dropped)
python3 - <<'PY'
s = open('src/pluto0x0_maogai_二十大报告.txt', encoding='utf-8-sig').read().replace('\r\n', '\n')
title = '高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗——在中国共产党第二十次全国代表大会上的报告'
open('docs/d15_02_jianghua_ershida_baogao.txt', 'w', encoding='utf-8').write(title + '\n\n' + s.rstrip('\n') + '\n')
PY
python3 - <<'PY'
import re, sys, json
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_02_jianghua_ershida_baogao.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^(十[一二三四五]?|[一二三四五六七八九])、', l): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append((i, 2))
gold.write('d15_02_jianghua_ershida_baogao.txt', L[0], spec)
PY

# 03 政府工作报告 2019 (国务院, 李克强) as the plain-text input of a word-count exercise (UTF-8 with BOM, no title line:
# the report's title is put as line 1, then a blank line; BOM dropped)
python3 - <<'PY'
s = open('src/smallsmallsu_oneone_工作报告.txt', encoding='utf-8-sig').read().replace('\r\n', '\n')
title = '政府工作报告——2019年3月5日在第十三届全国人民代表大会第二次会议上'
open('docs/d15_03_zhengfu_gongzuo_baogao_2019.txt', 'w', encoding='utf-8').write(title + '\n\n' + s.rstrip('\n') + '\n')
PY
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_03_zhengfu_gongzuo_baogao_2019.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^[一二三四五六七八九十]、', l): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append((i, 2))
    elif re.match(r'^([一二三四五六七八九])是', l):          # '一是创新和完善宏观调控，经济保持平稳运行。…' run-in
        m = re.match(r'^([一二三四五六七八九]是)([^。]+)。', l)
        spec.append((i, 2, m.group(2), m.group(1)))
gold.write('d15_03_zhengfu_gongzuo_baogao_2019.txt', L[0], spec)
PY

# 04 署名文章 (领导署名文章): 四川省政协主席田向利《以改革举措加强国家战略腹地建设》 reposted as Markdown in a party-publicity
# editor's notes repository (`#` title linked to the WeChat post, images, a `---` rule and the credits kept as text)
python3 $T/make_md_doc.py src/NewtNorlly_Party-Gov-Works-Editorial_tian_xiangli_zhanlue_fudi.md d15_04_shuming_wenzhang_zhanlue_fudi dev --levels 2,3
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_04_shuming_wenzhang_zhanlue_fudi.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    m = re.match(r'^(第[一二三四五]，)([^。]+)。', l)               # '第一，坚持“川渝一盘棋”，…布局。' run-in
    if m: spec.append((i, 1, m.group(2), m.group(1)))
gold.write('d15_04_shuming_wenzhang_zhanlue_fudi.txt', L[0], spec)
PY

# 05 工作程序（办法类）: 脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”流程 (item 5 of 9 of the same JS module as 01)
python3 - <<'PY'
import re
s = open('src/ymz-studio_cshunWebsite_static_policy.js', encoding='utf-8').read()
items = re.findall(r"title: '([^']*)',\s*createdAt: '([^']*)',\s*author: '([^']*)',\s*content: `(.*?)`", s, re.S)
t, d, a, c = items[4]
assert t == '脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”流程'
open('src/cshun_policy_item5_tuopin_tuichu_liucheng.html', 'w', encoding='utf-8').write(c)
PY
python3 $T/html_blocks.py src/cshun_policy_item5_tuopin_tuichu_liucheng.html docs/d15_05_gongzuo_chengxu_tuopin_tuichu.txt "脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”流程" --drop-first-if-title
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_05_gongzuo_chengxu_tuopin_tuichu.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^（[一二三]）', l): spec.append((i, 1))
    elif re.match(r'^\d\.', l): spec.append((i, 2))
gold.write('d15_05_gongzuo_chengxu_tuopin_tuichu.txt', L[0], spec)
PY

# 06 讲话（党代会报告）: 十九大报告 as a plain-text file of a Python study repository (paragraphs indented with two full-width
# spaces, separated by lines holding one space, kept as they are; no title in the file: the report's title is put as line 1)
python3 - <<'PY'
s = open('src/luyongwen_MyPythonStudy_十九大.txt', encoding='utf-8-sig').read().replace('\r\n', '\n')
title = '决胜全面建成小康社会　夺取新时代中国特色社会主义伟大胜利——在中国共产党第十九次全国代表大会上的报告'
open('docs/d15_06_jianghua_shijiuda_baogao.txt', 'w', encoding='utf-8').write(title + '\n\n' + s.rstrip('\n') + '\n')
PY
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_06_jianghua_shijiuda_baogao.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000')
    if i > 1 and re.match(r'^(十[一二三]?|[一二三四五六七八九])、', s): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', s): spec.append((i, 2))
gold.write('d15_06_jianghua_shijiuda_baogao.txt', L[0], spec)
PY

# 07 政府工作报告 2022 (国务院, 李克强) as the plain-text input of a word-cloud exercise (UTF-8, CRLF, no title line:
# the report's title is put as line 1, then a blank line)
python3 - <<'PY'
s = open('src/Reviona_Basic-Word-Cloud_2022年政府工作报告.txt', encoding='utf-8-sig').read().replace('\r\n', '\n')
title = '政府工作报告——2022年3月5日在第十三届全国人民代表大会第五次会议上'
open('docs/d15_07_zhengfu_gongzuo_baogao_2022.txt', 'w', encoding='utf-8').write(title + '\n\n' + s.rstrip('\n') + '\n')
PY
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d15_07_zhengfu_gongzuo_baogao_2022.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^[一二三四五六七八九十]、', l): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append((i, 2))
    elif re.match(r'^([一二三四五六七八九])是', l):          # '一是保持宏观政策连续性针对性，…。…' run-in
        m = re.match(r'^([一二三四五六七八九]是)([^。]+)。', l)
        spec.append((i, 2, m.group(2), m.group(1)))
gold.write('d15_07_zhengfu_gongzuo_baogao_2022.txt', L[0], spec)
PY

python3 $T/check_gold.py
