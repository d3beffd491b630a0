#!/bin/bash
# Rebuild every document and gold of the DEV set d14 (official-document genres) from src/ (run from anywhere).
# Converters only (copies of f13_tools with output root /work/devofficial); no reader code is run or imported.
set -e
cd /work/devofficial
T=tools
# 01 裁判文书: 最高法公报案例 朱兆龙诉东台市许河安全器材厂侵权责任纠纷案 (Markdown)
python3 $T/make_md_doc.py src/xtjeyvc_anli-gongbao_FYGB0098.md d14_01_caipan_wenshu_zhu_xuhe dev --levels 2,3
(cd $T && python3 -c "
import gold
gold.write('d14_01_caipan_wenshu_zhu_xuhe.txt','朱兆龙诉东台市许河安全器材厂侵权责任纠纷案',
 [(3,1),(23,1),(49,1)])" >/dev/null)
# 02 会议纪要: 最高法 全国法院审理金融犯罪案件工作座谈会纪要 (2001), bare 一/二 section numbers
python3 $T/make_md_doc.py src/xtjeyvc_guofa_guofa0078.md d14_02_huiyi_jiyao_jinrong_fanzui dev --levels 2,3
(cd $T && python3 -c "
import gold
gold.write('d14_02_huiyi_jiyao_jinrong_fanzui.txt','最高人民法院关于全国法院审理金融犯罪案件工作座谈会纪要',
 [(9,1,'','一'),(25,1,'','二'),
  (29,2)]+[(l,3) for l in (33,)]+[(35,3,'单位犯罪直接负责的主管人员和其他直接责任人员的认定')]+[(l,3) for l in (37,39)]+
 [(41,2)]+[(l,3) for l in (43,47,65,71)]+
 [(87,2),(89,3),(107,3),(113,3,'集资诈骗罪的认定和处理'),(115,3),(117,2),(121,2)])" >/dev/null)
# 03 答记者问: 中央巡视办负责人答记者问 (一问一答, no 小标题): no headings
python3 $T/make_md_doc.py src/xtjeyvc_xunshixuncha_xuncha0023.md d14_03_dajizhewen_xunshi_zhenggai dev --levels 2,3,4
(cd $T && python3 -c "
import gold
gold.write('d14_03_dajizhewen_xunshi_zhenggai.txt','中央巡视办解读《关于加强巡视整改和成果运用的意见》',[])" >/dev/null)
# 04 考试大纲: 上海市计算机等级考试（二级）-Python考试大纲 (2016), ## 一、–六、
python3 $T/make_md_doc.py src/lucas-six_python-handbook_NCRE_Shanghai_Python_2016.md d14_04_kaoshi_dagang_shanghai_python dev --levels 2,3
(cd $T && python3 -c "
import gold
gold.write('d14_04_kaoshi_dagang_shanghai_python.txt','上海市计算机等级考试（二级）-Python考试大纲',
 [(5,1),(11,1),(17,1),(31,1),(41,1),(43,1)])" >/dev/null)
# 05 标准: 团体标准 车路协同信息交互技术要求 第1部分：路侧设施与云控平台 (VuePress Markdown, front matter title kept as line 1)
python3 $T/make_md_doc.py src/lovebetterworld_blog-vuepress_chelu_xietong_xinxi_jiaohu_part1.md d14_05_biaozhun_chelu_xietong_jiaohu dev --levels 2,3,4,5
python3 - <<'PY'
import json
p = 'gold/d14_05_biaozhun_chelu_xietong_jiaohu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == '附录 A':                    # appendix label: numbering only, no title on the line
        h['marker'], h['title'] = '附录 A', ''
    elif h['title'].startswith('A.1 '):
        h['marker'], h['title'] = 'A.1', h['title'][4:]
d['fresh'] = False
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 政策文件 (工作报告-style 一、/（一）): 中共中央 国务院关于实施乡村振兴战略的意见 (2018), plain text copied as is (CRLF -> LF)
python3 - <<'PY'
s = open('src/YangBingxi_BIT-PythonLearning_xiangcun_zhenxing_yijian.txt', encoding='utf-8').read()
lines = s.replace('\r\n', '\n').split('\n')
while lines and not lines[-1].strip():
    lines.pop()
open('docs/d14_06_zhengce_wenjian_xiangcun_zhenxing.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
PY
python3 - >/dev/null <<'PY'
import re, json, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d14_06_zhengce_wenjian_xiangcun_zhenxing.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    if re.match(r'^[一二三四五六七八九十]+、', l): spec.append((i, 1))
    elif re.match(r'^（[一二三四五六七八九十]+）', l): spec.append((i, 2))
gold.write('d14_06_zhengce_wenjian_xiangcun_zhenxing.txt', '中共中央 国务院关于实施乡村振兴战略的意见', spec)
PY
# 07 政府工作报告 2020 (文字实录) as kept by a word-cloud exercise: GB18030 text decoded to UTF-8, lines as they are
python3 - <<'PY'
s = open('src/Noviceprogrammer1101_python_code_test_2020_zhengfu_gongzuo_baogao_gb18030.txt', 'rb').read().decode('gb18030')
lines = s.replace('\r\n', '\n').split('\n')
while lines and not lines[-1].strip():
    lines.pop()
open('docs/d14_07_zhengfu_gongzuo_baogao_2020.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
PY
python3 - >/dev/null <<'PY'
import re, sys
sys.path.insert(0, 'tools')
import gold
L = open('docs/d14_07_zhengfu_gongzuo_baogao_2020.txt', encoding='utf-8').read().split('\n')
spec = [(i, 1) for i, l in enumerate(L, 1) if re.match(r'^[一二三四五六七八九十]+、', l)]
gold.write('d14_07_zhengfu_gongzuo_baogao_2020.txt', '政府工作报告（文字实录）', spec)
PY
# 08 考试大纲: 全国计算机等级考试二级 Python 语言程序设计考试大纲（2022 版）, Markdown transcription (gold = its ## / ### headings)
python3 $T/make_md_doc.py src/zhenjiangzly_Python-Learning-HBUE_kaoshi_dagang.md d14_08_kaoshi_dagang_ncre_python dev --levels 2,3
python3 $T/check_gold.py
