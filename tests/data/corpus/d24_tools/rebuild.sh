#!/bin/bash
# Rebuild every document and gold of dev set 24 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev24
T=tools
S=src/huangfasheng_result.txt
X() { python3 $T/extract_lines.py "$@"; }                     # plain-text extract: prints the line offset
GS() { python3 $T/gsrc.py "$@" >/dev/null; }                   # gold from source line numbers
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }

# 01 国发〔2016〕65号 notice + “十三五”生态环境保护规划 (plain text in a policy-text corpus; 第X章/第X节 lines, a contents line, 专栏 boxes)
TT="国务院关于印发“十三五”生态环境保护规划的通知"
off=$(X $S 121 377 docs/d24_01_guihua_shisanwu_shengtai_huanjing.txt "$TT")
spec=$(awk 'NR>=140 && NR<=377 { if ($0 ~ /^第[一二三四五六七八九十]+章/) printf "[%d,1],", NR; else if ($0 ~ /^第[一二三四五六七八九十]+节/) printf "[%d,2],", NR }' $S | sed 's/,$//')
GS d24_01_guihua_shisanwu_shengtai_huanjing.txt "$TT" $off "[$spec]"

# 02 国办发〔2015〕94号 指导意见 (一、 / （一）… run-in titles numbered straight through)
TT="国务院办公厅关于优化学术环境的指导意见"
off=$(X $S 1267 1361 docs/d24_02_yijian_guobanfa_xueshu_huanjing.txt "$TT")
GS d24_02_yijian_guobanfa_xueshu_huanjing.txt "$TT" $off '[[1277,1],[1279,2],[1283,2],[1305,2],[1309,1],[1311,2],[1315,2],[1319,2],[1323,2],[1327,2],[1331,1],[1333,2],[1337,2],[1341,2],[1345,2],[1349,2]]'

# 03 国务院令第722号 + 优化营商环境条例 (chapters on their own lines, each chapter's articles run together in one line)
TT="中华人民共和国国务院令第722号"
off=$(X $S 37 71 docs/d24_03_tiaoli_guowuyuanling_youhua_yingshang_huanjing.txt "$TT")
GS d24_03_tiaoli_guowuyuanling_youhua_yingshang_huanjing.txt "$TT" $off '[[45,1],[47,2],[49,1],[51,2],[53,1],[55,2],[57,1],[59,2],[61,1],[63,2],[65,1],[67,2],[69,1],[71,2]]'

# 04 国办函〔2021〕12号 函 with its 附件 (联席会议制度, 成员名单)
TT="国务院办公厅关于同意建立铁路沿线安全环境治理部际联席会议制度的函"
off=$(X $S 1391 1411 docs/d24_04_han_guobanhan_tielu_yanxian_lianxi_huiyi.txt "$TT")
GS d24_04_han_guobanhan_tielu_yanxian_lianxi_huiyi.txt "$TT" $off '[[1401,1,"附件",""],[1409,2]]'

# 05 国发〔2007〕37号 notice + 国家环境保护“十一五”规划 (一、>（一）>1.; several headings lost by the scraper)
TT="国务院关于印发国家环境保护“十一五”规划的通知"
off=$(X $S 379 1256 docs/d24_05_guihua_shiyiwu_huanjing_baohu.txt "$TT")
spec=$(awk 'NR>=400 && NR<=1256 { if ($0 ~ /^[ 　]*[一二三四五六七八九十]+、/) printf "[%d,1],", NR; else if ($0 ~ /^[ 　]*（[一二三四五六七八九十]+）/) printf "[%d,2],", NR; else if ($0 ~ /^[ 　]*[0-9]+\./) printf "[%d,3],", NR }' $S | sed 's/,$//')
GS d24_05_guihua_shiyiwu_huanjing_baohu.txt "$TT" $off "[$spec]"

# 06 国家数据局 公告 + 附件 行动计划（征求意见稿） with its own 附件1/附件2 (DOCX, one Word paragraph a line)
python3 $T/docx_paras.py src/yasenstar_EA_kexin_shuju_kongjian_gonggao.docx docs/d24_06_gonggao_guojia_shujuju_kexin_shuju_kongjian.txt >/dev/null
python3 - <<'PY'
import sys, re; sys.path.insert(0, '/work/dev24/tools'); import gold
f = 'd24_06_gonggao_guojia_shujuju_kexin_shuju_kongjian.txt'
L = open('/work/dev24/docs/' + f, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if s == '附件': spec.append([i, 1, '附件', ''])
    elif re.fullmatch(r'附件\d', s): spec.append([i, 2, s, ''])
    elif re.match(r'[一二三四五六七八九十]+、', s): spec.append([i, 2])
    elif re.match(r'（[一二三四五六七八九十]+）', s): spec.append([i, 3])
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    gold.write(f, L[0], spec)
PY

# 07 国务院令第475号 防治海洋工程建设项目污染损害海洋环境管理条例 (chapters run into the text; articles at a line start only)
TT="防治海洋工程建设项目污染损害海洋环境管理条例"
off=$(X $S 1582 2126 docs/d24_07_tiaoli_haiyang_gongcheng_wuran_sunhai.txt "$TT")
spec=$(awk 'NR>=1582 && NR<=2126 && /^[ 　]*第[一二三四五六七八九十]+条/ {printf "[%d,1],", NR}' $S | sed 's/,$//')
GS d24_07_tiaoli_haiyang_gongcheng_wuran_sunhai.txt "$TT" $off "[$spec]"

# 08 国办函〔2018〕46号 通报 with its 附件 (a flattened table)
TT="国务院办公厅关于部分地方优化营商环境典型做法的通报"
off=$(X $S 1425 1461 docs/d24_08_tongbao_guobanhan_youhua_yingshang_huanjing.txt "$TT")
GS d24_08_tongbao_guobanhan_youhua_yingshang_huanjing.txt "$TT" $off '[[1433,1,"附件",""]]'

# 09 石城县 河长制湖长制 乡镇考核细则 (a county's 细则 as a table in a JSP page; JSP tags stripped first)
python3 $T/strip_jsp.py src/chengran520_sc_shicheng_hezhangzhi_kaohe_xiangzhen.jsp src/chengran520_sc_shicheng_hezhangzhi_kaohe_xiangzhen_prepared.html
python3 $T/html_blocks.py src/chengran520_sc_shicheng_hezhangzhi_kaohe_xiangzhen_prepared.html docs/d24_09_xize_shicheng_hezhangzhi_kaohe.txt "石城县2018年度河长制湖长制工作乡镇目标管理(绩效）考核细则" >/dev/null
G d24_09_xize_shicheng_hezhangzhi_kaohe.txt "石城县2018年度河长制湖长制工作乡镇目标管理(绩效）考核细则" '[]'

# 10 国务院令第693号 + 中华人民共和国环境保护税法实施条例 (as 03: chapters on their own lines, a chapter's articles in one line)
TT="中华人民共和国国务院令第693号"
off=$(X $S 7 33 docs/d24_10_tiaoli_guowuyuanling_huanjing_baohu_shui.txt "$TT")
GS d24_10_tiaoli_guowuyuanling_huanjing_baohu_shui.txt "$TT" $off '[[15,1],[17,2],[19,1],[21,2],[23,1],[25,2],[27,1],[29,2],[31,1],[33,2]]'

python3 $T/check_gold.py
