#!/bin/bash
# Rebuild every document and gold of fresh set 14 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh14
T=tools

# 01 Taiwan lecture write-up: US judge Craig Iscoe's comments after the 4th mock jury trial (GitBook Markdown, ### / ####)
python3 $T/make_md_doc.py src/JRF-tw_law_moot_court_4-6.md f14_01_jiangzuo_peishen_iscoe heldout --levels 3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f14_01_jiangzuo_peishen_iscoe.json'
d = json.load(open(p, encoding='utf-8'))
# '#### CRAIG ISCOE 參與模擬法庭國際運毒疑雲案後評論' continues the '#' title (SUMMARY.md gives the two as one title): not a section
d['headings'] = [h for h in d['headings'] if not h['title'].startswith('CRAIG ISCOE')]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY

# 02 1999 全國司法改革會議 第一組分組會議結論 (OCR'd PDF text in Markdown, hard-wrapped, no mark-up)
python3 $T/make_md_doc.py src/JRF-tw_nationwide_judicial_reform_meeting_1999_group1-conclusion.md f14_02_huiyi_jielun_sigai_diyizu heldout --levels 2 --title 第一組分組會議結論 --fresh
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_02_huiyi_jielun_sigai_diyizu.txt', encoding='utf-8').read().split('\n')
spec, in_sub = [], False
for i, l in enumerate(L, 1):
    m = re.match(r'^(一\s*[—I]\s*[一二三四五六七八九]、)(.*)$', l)      # '一 — 一、' … ('一I五、' is OCR for 一—五、)
    if m:
        spec.append((i, 1, m.group(2), m.group(1))); in_sub = False; continue
    m = re.match(r'^([㈠-㈩])(.*)$', l)
    if m:
        spec.append((i, 2, m.group(2), m.group(1))); in_sub = True; continue
    m = re.match(r'^(提案[一二三四五六七八九])(.*)$', l)
    if m:
        t = m.group(2).split('。')[0]
        spec.append((i, 3 if in_sub else 2, t, m.group(1)))
gold.write('f14_02_huiyi_jielun_sigai_diyizu.txt', '第一組分組會議結論', spec)
PY

# 03 bash study notes 《脚本除错》 (Markdown ## / ###, bash code with '# comment' and '#!' lines kept in the text)
python3 $T/make_md_doc.py src/wangdoc_bash-tutorial_debug.md f14_03_biji_bash_chucuo heldout --levels 2,3 --fresh

# 04 Taiwan civil judgment (臺灣臺北地方法院 106年度北簡字第2332號) in Akoma Ntoso XML
python3 $T/akn_prepare.py src/JRF-tw_akoma-ntoso_TPE-minshi-106-beijian-2332-1.akn src/JRF-tw_akoma-ntoso_TPE-minshi-106-beijian-2332-1_prepared.html
python3 $T/html_blocks.py src/JRF-tw_akoma-ntoso_TPE-minshi-106-beijian-2332-1_prepared.html docs/f14_04_panjue_taibei_beijian_2332.txt "臺灣臺北地方法院簡易民事判決" --drop-first-if-title >/dev/null
python3 - <<'PY'
import sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_04_panjue_taibei_beijian_2332.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if s == '主文：': spec.append((i, 1, '主文', ''))
    elif s.startswith('壹、') or s.startswith('貳、'): spec.append((i, 1, s[2:].rstrip('：:'), s[:2]))
gold.write('f14_04_panjue_taibei_beijian_2332.txt', '臺灣臺北地方法院簡易民事判決', spec)
PY

# 05 司法部 answer-to-press page (答记者问) on the UAV flight regulation, saved moj.gov.cn page; the article section
#    (breadcrumb … prev/next links) transcribed from the stored HTML to src/ (the repository snapshot could not be fetched)
python3 $T/html_blocks.py src/walter5678_konglV_moj_dajizhewen_main.html docs/f14_05_dajizhewen_wurenji_tiaoli.txt "中华人民共和国司法部" >/dev/null
python3 - <<'PY'
import sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_05_dajizhewen_wurenji_tiaoli.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000')
    if s.startswith('问：'): spec.append((i, 1, s, ''))            # the bold question paragraphs
    elif s == '相关链接：': spec.append((i, 1, '相关链接', ''))     # bold stand-alone label over the link list
gold.write('f14_05_dajizhewen_wurenji_tiaoli.txt', '中华人民共和国司法部', spec)
PY

# 06 Tender notice with annexes (招标公告 + 附件1 资格审查条件 + 附件2 评标办法), Word-exported HTML held as a Go raw string in a
#    crawler's test file; headings = the Word heading paragraphs (bold 14-16pt, mostly _Toc anchors) and the numbered
#    stand-alone clause titles of the 评标办法 body; run-in clauses (2.1 建设地点：…, 2.1.1 形式评审标准：见…) and table cells are not
python3 $T/go_str_extract.py src/7134g_m_troops_re_test.go src/7134g_m_troops_re_test_Str.html
python3 $T/html_blocks.py src/7134g_m_troops_re_test_Str.html docs/f14_06_zhaobiao_changsha_raocheng_yanghu.txt "长沙绕城高速西南段及机场高速2020-2022年养护工程施工招标公告" >/dev/null
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_06_zhaobiao_changsha_raocheng_yanghu.txt', encoding='utf-8').read().split('\n')
spec, part, body = [], 0, False     # part 0 = 招标公告, 1 = 附件1, 2 = 附件2 (评标办法)
for i, l in enumerate(L, 1):
    s = l.strip()
    if s.startswith('附件1：资格审查条件要求') and not s.endswith('）'):
        part = 1; spec.append((i, 1, s, '')); continue
    if s == '附件2：评标办法':
        part = 2; spec.append((i, 1, s, '')); continue
    if part == 0:
        m = re.match(r'^(\d+[.．]) ?([^\d\s].{1,15})$', s)     # '1. 招标条件' … '10. 联系方式' (stand-alone bold titles)
        if m and not re.search('[。：]', s): spec.append((i, 1, m.group(2), m.group(1)))
    elif part == 1:
        if re.match(r'^附录\d', s): spec.append((i, 2, s, ''))
    else:
        if s == '评标办法前附表[5]': spec.append((i, 2, s, '')); continue
        if s == '1. 评标方法': body = True                       # the 评标办法 body after the 前附表 table
        if not body: continue
        m = re.match(r'^(\d+\.(?:\d+(?:\.\d+)?)?) ?([^\d\s.].{1,14})$', s)   # 1. 评标方法 / 2.1 初步评审标准 / 2.2.1 分值构成 (no '：', no '。')
        if m and '：' not in s and '。' not in s and '=' not in s:
            spec.append((i, 1 + m.group(1).rstrip('.').count('.') + 1, m.group(2), m.group(1)))
gold.write('f14_06_zhaobiao_changsha_raocheng_yanghu.txt', '长沙绕城高速西南段及机场高速2020-2022年养护工程施工招标公告', spec)
PY

# 07 gov.cn news page (新华社 report on 王勇's flood-control inspection) with its chrome (share pop-up, breadcrumb, font/print bar,
#    相关稿件 box, hidden share-title divs), held as concatenated string literals in a Java unit test of a sensitive-word scanner
python3 $T/java_str_extract.py src/Binye234_fireeye_FireEyeApplicationTests.java src/Binye234_fireeye_govcn_page.html
python3 $T/html_blocks.py src/Binye234_fireeye_govcn_page.html docs/f14_07_xinwen_govcn_fangxun.txt "王勇在河北检查指导防汛减灾工作_国务委员王勇_中国政府网" --drop-first-if-title >/dev/null
python3 - <<'PY'
import sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_07_xinwen_govcn_fangxun.txt', encoding='utf-8').read().split('\n')
# the only heading: the page's '相关稿件' box title over the related-article links; the h1 repeats the page title, the bold
# centred display headline (…时强调 / two sub-lines) belongs to the title, the h6 '分享到：' is the share pop-up's label
spec = [(i, 1, '相关稿件', '') for i, l in enumerate(L, 1) if l.strip() == '相关稿件']
gold.write('f14_07_xinwen_govcn_fangxun.txt', '王勇在河北检查指导防汛减灾工作_国务委员王勇_中国政府网', spec)
PY

# 08 GB/T 32960.3—2025 (电动汽车远程服务与管理系统技术规范 第3部分：通信协议及数据格式), chapters 6–7 and annexes A–B as a
#    repository's PDF-extracted Markdown (src/ transcribed from the stored file; the snapshot could not be fetched). Its
#    '#' levels are erratic ('#### 6.1' and '#### 6.1.1' alike, 7.2.4.x plain lines, '####### B.3.5.3.x'): the text keeps
#    the lines as a reader gets them ('#' markers stripped; the seven-'#' lines, no Markdown heading, stripped the same way
#    in a prepared copy), the gold follows the clause numbering (6 > 6.1 > 6.1.1 > 7.2.4.1; 附录 A > A.1; B.3.5.3 > B.3.5.3.1)
python3 - <<'PY'
import re
s = open('src/sunsky74_gbt32960-simulator_docs_standard_2025.md', encoding='utf-8').read()
s = re.sub(r'(?m)^#{7,}[ \t]', '###### ', s)
# the file has no title of its own: the supplied title goes on a '#' line so that '## 6 …' is not taken for the title
s = '# GB/T 32960.3—2025 电动汽车远程服务与管理系统技术规范 第3部分：通信协议及数据格式\n\n' + s
open('src/sunsky74_gbt32960-simulator_docs_standard_2025_prepared.md', 'w', encoding='utf-8').write(s)
PY
python3 $T/make_md_doc.py src/sunsky74_gbt32960-simulator_docs_standard_2025_prepared.md f14_08_biaozhun_gbt32960_tongxin heldout --levels 2 --title "GB/T 32960.3—2025 电动汽车远程服务与管理系统技术规范 第3部分：通信协议及数据格式" --fresh >/dev/null
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_08_biaozhun_gbt32960_tongxin.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r'^(附录 [AB])$', s)
    if m:
        spec.append((i, 1, s, '')); continue
    m = re.match(r'^((?:[67]|[AB])(?:\.\d+)*) (\S.*)$', s)          # '6 数据包结构和定义', '7.2.4.1 整车数据', 'B.3.5.3.12 自定义数据'
    if m and not re.match(r'^[AB] ', s):
        num = m.group(1)
        depth = num.count('.') + 1
        spec.append((i, depth, m.group(2), num))
gold.write('f14_08_biaozhun_gbt32960_tongxin.txt', 'GB/T 32960.3—2025 电动汽车远程服务与管理系统技术规范 第3部分：通信协议及数据格式', spec)
PY

# 09 广东省委省政府 policy opinion (意见) on standardisation, as saved in a 申论 study repository: the saver's provenance lines
#    (标题：/媒体或发布机构：/发布日期：/来源链接/取法 …) kept as the page's chrome, then the text; 一、 sections and run-in
#    （一）–（二十六） headings (title = the words before the first 。). src/ transcribed from the stored file (no snapshot).
python3 $T/make_md_doc.py src/gomerulhosan-svg_shenlun_N32_biaozhun_yinling_yijian.md f14_09_yijian_guangdong_biaozhun heldout --levels 2 --title "中共广东省委 广东省人民政府关于进一步发挥标准引领作用促进广东经济社会高质量发展的意见" --fresh >/dev/null
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/f14_09_yijian_guangdong_biaozhun.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^[一二三四五六七八九十]+、', l): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append((i, 2))
gold.write('f14_09_yijian_guangdong_biaozhun.txt', '中共广东省委 广东省人民政府关于进一步发挥标准引领作用促进广东经济社会高质量发展的意见', spec)
PY

# check every gold against its text
python3 $T/check_gold.py
