#!/bin/bash
# Rebuild every document and gold of fresh set 35a from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh35a
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
L1() { head -n1 "docs/$1"; }
S=src/l317048418-ctrl_zhengcegzt_
# 01 教育部 关于印发《关于进一步加强中等职业教育师资培养培训基地建设的意见》的通知 (crawled record: title + fullText)
#    the attached 意见's own title line is the top heading; its 一、…五、 parts under it; the running 1、…16、 paragraph numbers are not headings
python3 $T/json_fulltext.py ${S}001980fcf42a2dfb.json docs/f35a_01_tongzhi_jiaoyubu_zhijiao_shizi_jidi.txt >/dev/null
G f35a_01_tongzhi_jiaoyubu_zhijiao_shizi_jidi.txt "$(L1 f35a_01_tongzhi_jiaoyubu_zhijiao_shizi_jidi.txt)" '[[11,1],[13,2],[16,2],[24,2],[28,2],[35,2]]'
# 02 教育部办公厅 研修班 通知: 一、 parts with （一） run-in headings
python3 $T/json_fulltext.py ${S}00597b2b9a9b877b.json docs/f35a_02_tongzhi_jiaoyubu_guofang_jiaoyu_yanxiuban.txt >/dev/null
G f35a_02_tongzhi_jiaoyubu_guofang_jiaoyu_yanxiuban.txt "$(L1 f35a_02_tongzhi_jiaoyubu_guofang_jiaoyu_yanxiuban.txt)" '[[8,1],[9,2],[10,2],[11,1],[12,2],[13,2],[14,1],[15,2],[16,2],[17,1]]'
# 03 四川省教育厅 黄大年式教师团队 通知: 一、…六、 parts; 1.–3. run-in headings under 三、
python3 $T/json_fulltext.py ${S}011b9d4530cf77de.json docs/f35a_03_tongzhi_sichuan_jiaoyuting_huangdanian_tuandui.txt >/dev/null
G f35a_03_tongzhi_sichuan_jiaoyuting_huangdanian_tuandui.txt "$(L1 f35a_03_tongzhi_sichuan_jiaoyuting_huangdanian_tuandui.txt)" '[[8,1],[10,1],[12,1],[13,2],[14,2],[15,2],[16,1],[19,1],[21,1]]'
python3 $T/check_gold.py
