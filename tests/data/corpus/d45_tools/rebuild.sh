#!/bin/bash
# Rebuild every document and gold of dev set 45 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev45
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 章/条 spec: every line starting 第X章 (depth 1) or 第X条 (depth $2, default 2), as numbered in the source (no sequence check)
CS() { python3 -c "
import re,sys,json
L=open(sys.argv[1],encoding='utf-8').read().split('\n'); o=[]
for i,l in enumerate(L,1):
    m=re.match(r'^[ \u3000]*第[一二三四五六七八九十百零]+([章条])',l)
    if m: o.append([i,1 if m.group(1)=='章' else int(sys.argv[2])])
print(json.dumps(o))" "$1" "${2:-2}"; }
# 01 淮南淮河农村商业银行“保利存”储蓄存款业务管理办法 (ASP.NET help page of a deposit app; 第X章 / 第X条; 第二十条 missing in the source)
python3 $T/html_blocks.py src/leeych_HHBankDepositSite_Help.aspx docs/d45_01_yinhang_baolicun_guanli_banfa.txt "淮南淮河农村商业银行“保利存”储蓄存款业务管理办法" >/dev/null
G d45_01_yinhang_baolicun_guanli_banfa.txt "淮南淮河农村商业银行“保利存”储蓄存款业务管理办法" "$(CS docs/d45_01_yinhang_baolicun_guanli_banfa.txt)"
# 02-04 news pages of government sites, saved copies with their chrome (no section headings in the articles: gold is empty)
H() { python3 $T/html_blocks.py src/$1 docs/$2 "$3" --drop-first-if-title >/dev/null; G $2 "$3" '[]'; }
H mhxqwer_wyxgzns.gov.cn_index.html d45_02_xinwen_nansha_tongjiju_peixun.txt "南沙区统计局召开2024年互联网经济统计业务培训会-广州市南沙区人民政府门户网站"
H mhxqwer_lszqingdao.gov.cn_index.html d45_03_xinwen_jiaozhou_sifasuo_jianzhi.txt "胶州市司法局胶莱司法所组织开展法治文化剪纸活动_青岛政务网"
H mhxqwer_sykfjax.gov.cn_index.html d45_04_xinwen_anxi_haisi_chayuan.txt "“海丝茶源·飘香安溪” 入选“驾游中国”精品路线_公共服务_旅游_安溪县人民政府"
# 05-06 金币市场专业委员会 (中国银行间市场交易商协会) site pages, PHP view templates: PHP blocks dropped (strip_php.py), then one block a line
mkdir -p src/tmp
python3 $T/strip_php.py src/fengxingzhu_JinBi_Convention.html.php src/tmp/jinbi_Convention.html
python3 $T/html_blocks.py src/tmp/jinbi_Convention.html docs/d45_05_xiehui_jinbi_zilv_gongyue.txt "金币市场专业委员会" --drop-first-if-title >/dev/null
G d45_05_xiehui_jinbi_zilv_gongyue.txt "金币市场专业委员会" "$(CS docs/d45_05_xiehui_jinbi_zilv_gongyue.txt 1)"
python3 $T/strip_php.py src/fengxingzhu_JinBi_guide.html.php src/tmp/jinbi_guide.html
python3 $T/html_blocks.py src/tmp/jinbi_guide.html docs/d45_06_xiehui_ruhui_zhinan.txt "金币市场专业委员会" --drop-first-if-title >/dev/null
G d45_06_xiehui_ruhui_zhinan.txt "金币市场专业委员会" '[[6,1],[15,1],[27,1]]'
# 07 海南省农业农村厅 海南省财政厅 notice with the 2024-2026 农机购置与应用补贴实施方案 (PDF in a policy-reader repo; pdfminer text layer,
# hard line wraps kept). Gold: 一、 (1), （一） (2), 1. (3) section titles (run-in cut at 。); the standalone 附件 line (1); the attachment's
# catalogue of machine classes (1. / 1.1 / 1.1.1) is a list, not headings.
python3 $T/pdf_text.py src/yummyJacky_policyReader_hainan_nongji_butie.pdf docs/d45_07_tongzhi_hainan_nongji_butie_fangan.txt "海南省农业农村厅 海南省财政厅关于印发2024-2026年海南省农机购置与应用补贴实施方案的通知"
G d45_07_tongzhi_hainan_nongji_butie_fangan.txt "海南省农业农村厅 海南省财政厅关于印发2024-2026年海南省农机购置与应用补贴实施方案的通知" \
 '[[26,1],[36,1],[37,2],[43,2],[55,2],[65,1],[66,2],[91,2],[92,3],[96,3],[114,1],[115,2],[119,2],[120,3],[127,3],[152,3],[170,1],[175,2],[187,2],[191,2],[198,2],[208,1],[213,2],[219,2],[230,2],[237,2],[241,2],[259,2],[268,2],[275,2],[285,2],[296,1],[297,2],[304,2],[319,2],[326,2],[333,2],[351,1,"附件",""]]'
# 08-09 国家医疗保障局办公室 notices (医保办函〔2025〕85号, 86号) as plain .txt PDF extracts in a medical-policy RAG repo
# (src/ holds the text as the index stores it). The file already starts with the title: the document is the file as is.
# Gold: 一、 (1) and （一） (2) section titles; 一是…/紧盯…/启动试点（…）： run-in leads are not numbered section titles.
cp src/tianxinyuan57_medical-policy-rag_chaoliang_kaiyao.txt docs/d45_08_tongzhi_yibao_chaoliang_kaiyao_jianguan.txt
G d45_08_tongzhi_yibao_chaoliang_kaiyao_jianguan.txt "关于进一步加强超量开药智能监管工作的通知" \
 '[[5,1],[7,2],[8,2],[9,2],[10,1],[11,2],[16,2],[21,1],[22,2],[23,2],[24,2]]'
cp src/tianxinyuan57_medical-policy-rag_zhineng_shenhe.txt docs/d45_09_tongzhi_yibao_zhineng_shenhe_shidian.txt
G d45_09_tongzhi_yibao_zhineng_shenhe_shidian.txt "关于开展医保经办全流程智能审核试点工作的通知" \
 '[[5,1],[7,1],[8,2],[11,2],[13,2],[15,1],[19,1],[20,2],[22,2],[24,2]]'
python3 $T/check_gold.py
