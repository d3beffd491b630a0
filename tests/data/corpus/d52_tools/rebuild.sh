#!/bin/bash
# Rebuild every document and gold of dev set 52 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev52
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
TXT() { python3 - "$1" "$2" <<'PY'
import sys
t = open(sys.argv[1], encoding='utf-8-sig').read().replace('\r\n', '\n').replace('\r', '\n')
open(sys.argv[2], 'w', encoding='utf-8').write(t.rstrip('\n') + '\n')
PY
}
mkdir -p /tmp/d52
# 01 暨南大學學生會 第十屆第五次例會會議記錄 (Markdown wiki page; setext title underline '===' dropped; ## 壹、… / ### 一、… 提案一)
sed '2{/^===$/d}' src/NCNUSA_WIKI_di10jie_di5ci.md > /tmp/d52/01.md
python3 $T/make_md_doc.py /tmp/d52/01.md d52_01_huiyi_jilu_jinan_xueshenghui dev --levels 2,3 --title 第十屆學生會第五次例會會議記錄
python3 $T/fix_marker.py gold/d52_01_huiyi_jilu_jinan_xueshenghui.json
# 02 清華大學學生議會第29屆 財政委員會會議記錄 (HackMD Markdown; h1 title's <br /> joined with a space; ## 議程 > #### 壹、 > ##### 一、;
#    the bold h5 '正副會長預算部分' etc. are the parts of 三、學生會預算 and nest under it)
sed '3s#<br />#　#' src/NTHU-SA_SA-Wiki_20201012.md > /tmp/d52/02.md
python3 $T/make_md_doc.py /tmp/d52/02.md d52_02_huiyi_jilu_qinghua_caizhengweiyuanhui dev --levels 2,4,5 --title "國立清華大學學生議會第29屆　109學年度第1會期財政委員會 會議記錄"
python3 $T/fix_marker.py gold/d52_02_huiyi_jilu_qinghua_caizhengweiyuanhui.json
python3 - <<'PY'
import json
p = '/work/dev52/gold/d52_02_huiyi_jilu_qinghua_caizhengweiyuanhui.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].endswith('預算部分'):
        h['depth'] = 4
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 Horizon Nova 樹莓派遷移計畫書 (plain .txt kept as is: 一、 > 1.1 > bold '**…：**' stand-alone lines, the ** written literally)
TXT src/Horizon-Nova_jihuashu.txt docs/d52_03_jihuashu_horizon_nova_shumeipai.txt
G d52_03_jihuashu_horizon_nova_shumeipai.txt "Horizon Nova 樹莓派遷移計畫書" '[[3,1],[5,2],[37,2],[71,2],[96,1],[98,2],[120,2],[200,1],[202,2],[206,3,"核心架構層級",""],[228,2],[230,3,"開發語言選擇：C# / .NET 8.0",""],[239,3,"容器技術選擇：Docker",""],[247,3,"網路控管技術選擇：自建系統",""],[255,2],[257,3,"硬體資源評估",""],[265,3,"軟體相容性評估",""],[271,3,"效能考量",""],[277,3,"擴展性評估",""]]'
# 04 中華民國資訊管理學會章程 on a saved page of the society's site (HTML; chrome kept). Chapters 第X章、 in bold blue
#    (depth 1), articles 第X條、 at line starts in sequence (depth 2, title = label); 一、 items inside articles are not headings
python3 $T/html_blocks.py src/rikka8787_webMid_zuzhi_zhangcheng.html docs/d52_04_zhangcheng_zixun_guanli_xuehui.txt "組織章程" --drop-first-if-title >/dev/null
python3 $T/gold_zhang_tiao.py docs/d52_04_zhangcheng_zixun_guanli_xuehui.txt "組織章程" 1 2 29 131
# 05 中華民國資訊管理學會 申請入會及會費說明 (saved page of the same site; chrome kept). The article's own title
#    '申請入會及會費說明' (bold, size 5) repeats the page's subject and is not a heading; the bold sub-list items 個人會員 /
#    團體會員 (depth 1) each with 一、二、三、 run-in titles (depth 2). The implicit <ol> items and the quoted 第八條… are not headings.
python3 $T/html_blocks.py src/rikka8787_webMid_shenqing_ruhui.html docs/d52_05_ruhui_banfa_zixun_guanli_xuehui.txt "申請入會" --drop-first-if-title >/dev/null
G d52_05_ruhui_banfa_zixun_guanli_xuehui.txt "申請入會" '[[34,1],[35,2],[39,2],[42,2],[45,1],[46,2],[48,2],[51,2]]'
# 06 2018 全國私立大專校院程式競賽 (NCPU2018, 東海大學) 競賽辦法, saved page of the contest site (HTML; menu and sponsor
#    logos' captions kept). The page head '競賽辦法' repeats the title; the ten <font size=6><strong> section names are the
#    headings (depth 1; one of them is again named 競賽辦法). The bold <li> rules inside sections are list items.
python3 $T/html_blocks.py src/NamiWizard_ncpu2018_regulation.html docs/d52_06_jingsai_banfa_ncpu2018.txt "NCPU2018競賽辦法" --drop-first-if-title >/dev/null
G d52_06_jingsai_banfa_ncpu2018.txt "NCPU2018競賽辦法" '[[33,1],[35,1],[37,1],[39,1],[49,1],[67,1],[76,1],[81,1],[83,1],[86,1]]'
# 07 蘋果日報 (Taiwan) news feature 2011-09-25, saved article page (HTML, UTF-8) from a charity-case archive. The <h1> repeats
#    the title and the <h2 id=h2> deck belongs to it; the seven non-empty <h2 id=blockheadN> 小標題 (incl. the 小檔案 boxes
#    and the 如何協助 box) are the headings (depth 1).
python3 $T/html_blocks.py src/joanne3634_appledaily_A2599.htm docs/d52_07_xinwen_pingguo_ribao_yunxiao_feiche.txt "美少女 玩雲霄飛車突癱 | 蘋果日報" --drop-first-if-title >/dev/null
G d52_07_xinwen_pingguo_ribao_yunxiao_feiche.txt "美少女 玩雲霄飛車突癱 | 蘋果日報" '[[9,1],[12,1],[17,1],[21,1],[24,1],[31,1],[39,1]]'
# 08 蘋果日報 charity-case article as the archive's plain-text copy (UTF-8; title on line 1, one paragraph a line).
#    Unnumbered stand-alone 小標題 (depth 1), the association's 小檔案 box title and the 【專家意見】 box (depth 1) with the
#    sub-title 貼近需求 inside it (depth 2); the ◎ lines are list items.
TXT src/joanne3634_appledaily_A3661.txt docs/d52_08_xinwen_pingguo_ribao_naoma_nan.txt
G d52_08_xinwen_pingguo_ribao_naoma_nan.txt "腦麻男 掛紙板賣糖" '[[4,1],[8,1],[11,1],[17,1],[19,2]]'
# 09 LDCT 肺癌篩檢個案管理系統 計畫書 (a hospital project plan, Markdown): ## 一、…七、 (depth 1), ### 需求功能清單簡表 (depth 2),
#    and the decimal clauses 3.1 > 3.1.1 > 3.1.2.1 at line starts (bold run-in titles, indented with full-width spaces;
#    depth by the parts of the number, title cut at the colon). Tables are not headings.
python3 $T/make_md_doc.py src/coolchungho_LDCT_jihuashu.md d52_09_jihuashu_ldct_feiai_shaijian dev --levels 2,3 >/dev/null
G d52_09_jihuashu_ldct_feiai_shaijian.txt "LDCT 肺癌篩檢個案管理系統 — 計畫書" '[[7, 1], [11, 1], [25, 1], [27, 2], [47, 2, "個案清單（case-list）", "3.1"], [48, 3, "總清單欄位", "3.1.1"], [49, 3, "查詢與篩選", "3.1.2"], [50, 4, "條件與日期範圍", "3.1.2.1"], [51, 4, "預設篩選（本月應追蹤）", "3.1.2.2"], [52, 3, "列尾捷徑", "3.1.3"], [53, 3, "檢視報告", "3.1.4"], [54, 3, "結案", "3.1.5"], [55, 2, "追蹤紀錄（follow-up-logging）", "3.2"], [56, 3, "個案脈絡", "3.2.1"], [57, 3, "追蹤事項登錄", "3.2.2"], [58, 3, "列表與排序", "3.2.3"], [59, 3, "補正與稽核", "3.2.4"], [60, 3, "與簡訊對應", "3.2.5"], [61, 3, "HIS 註記", "3.2.6"], [63, 2, "簡訊（sms-fetnet）", "3.3"], [64, 2, "結案（case-closure）", "3.4"], [65, 2, "臨床提醒（clinical-alerts）", "3.5"], [66, 2, "統計報表（報表資料集 + Power BI：reporting、system-integrations）", "3.6"], [67, 2, "角色（rbac）", "3.7"], [68, 2, "整合（system-integrations、data-sources）", "3.8"], [70, 1], [79, 1], [92, 1], [97, 1]]'
# 10 a university project team's 會議記錄 (plain .txt, UTF-8, tabs kept). The file has no title line: the file name
#    會議記錄 is put on line 1. Meeting dates (depth 1), the members' labels '姓名:' standing alone or opening a run-in
#    line (depth 2, title = the name), and in the 2021/10/06 meeting the topic lines under a member (depth 3).
{ echo 會議記錄; cat src/GenYuLi_SpecialProject_huiyi_jilu.txt; } > /tmp/d52/10.txt
TXT /tmp/d52/10.txt docs/d52_10_huiyi_jilu_zhuanti_xiaozu.txt
G d52_10_huiyi_jilu_zhuanti_xiaozu.txt "會議記錄" '[[2,1,"2022/11/24"],[16,1,"2022/11/20"],[27,1,"2022/7/4"],[40,1,"2022/6/24"],[57,1,"2022/6/16 （組內會議）"],[73,1,"2022/4/21"],[82,1,"2022/3/24"],[97,1,"2022/2/24"],[107,1,"2021/10/20"],[108,2,"林軒宇"],[114,2,"吳宣霈"],[118,2,"王璽銘"],[125,2,"蔣秉坤"],[136,1,"2021/10/06"],[137,2,"吳宣霈"],[139,3,"車輛酒駕判斷系統"],[147,3,"判斷是否有外來物種系統"],[155,2,"林軒宇"],[157,3,"影片資料庫"],[163,2,"蔣秉錕"],[165,3,"用google衛星影像預測土石流的發生"],[173,2,"王璽銘"]]'
# 11 NCPU2018 選手須知, saved page of the same contest site (HTML). The page head '選手須知' repeats the title; the four
#    <h3> (競賽規則, 程式設計規範, 評判伺服器訊息, 計分方式與排名) are the headings (depth 1). The '(一).' rules are numbered
#    paragraphs without titles and the verdict table's rows are not headings.
python3 $T/html_blocks.py src/NamiWizard_ncpu2018_PlayerNotes.html docs/d52_11_xuanshou_xuzhi_ncpu2018.txt "NCPU2018選手須知" --drop-first-if-title >/dev/null
G d52_11_xuanshou_xuzhi_ncpu2018.txt "NCPU2018選手須知" '[[33,1],[42,1],[47,1],[61,1]]'
# 12 暨南大學學生會與系學會 聯合聲明 (press statement on the wiki, Markdown): # title, one ## section '2019.04.04 聲明稿內容';
#    the 1.–5. demands are list items. The source repeats its body once (kept as the repository has it).
python3 $T/make_md_doc.py src/NCNUSA_WIKI_shengminggao.md d52_12_shengminggao_jinan_xueshenghui dev --levels 2 >/dev/null
G d52_12_shengminggao_jinan_xueshenghui.txt "汽機車入校管制收費 學生會與系學會聯合聲明" '[[3,1,"2019.04.04 聲明稿內容",""]]'
python3 $T/check_gold.py
