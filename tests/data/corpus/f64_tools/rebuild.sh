#!/bin/bash
# Rebuild every document and gold of fresh set 64 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh64
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 《人民法院在线调解规则》 (法释〔2021〕23号), a judicial rule kept as Markdown (RanKKI/LawRefBook): '# title' then plain
#    paragraphs; gold: 第一条–第三十条 at depth 1 (law_spec.py), the 文号/date lines and the preamble are not headings
python3 $T/make_md_doc.py src/RanKKI_LawRefBook_zaixian_tiaojie_guize.md f64_01_guiding_zaixian_tiaojie_guize heldout --levels 2 --fresh >/dev/null
G f64_01_guiding_zaixian_tiaojie_guize.txt "人民法院在线调解规则" "$(python3 $T/law_spec.py docs/f64_01_guiding_zaixian_tiaojie_guize.txt 1 1)"
# 02 《劳动人事争议典型案例（第二批）》 (人社部/最高法 case collection kept as Markdown): '## case title' depth 1, '### 基本案情/
#    申请人请求/处理结果/案例分析/典型意义' depth 2; in cases 7–10 the parallel lines '原告诉讼请求' and '裁判结果' are plain
#    lines (not '###'), added by hand at depth 2
python3 $T/make_md_doc.py src/RanKKI_LawRefBook_laodong_zhengyi_anli.md f64_02_wenzhang_laodong_zhengyi_anli heldout --levels 2,3 --fresh >/dev/null
python3 $T/add_heads.py f64_02_wenzhang_laodong_zhengyi_anli.txt '[[173,2],[179,2],[201,2],[205,2],[227,2],[231,2],[253,2],[257,2]]' >/dev/null
# 03 《樂菲莊園社區財務管理辦法》 (a Taiwan (New Taipei) residential community's management committee, transcribed in
#    Markdown in joechiboo/ParkFee; source saved from the stored file, no snapshot could be fetched). '## 壹、…' to
#    '## 壹拾肆、…' depth 1 with the marker written ('壹、', '壹拾壹、'; set by hand: the converters do not read 壹貳參);
#    the repo's own '## 🅿️ 停車費相關速查' quick-reference section and '## 附件一　請購與採購核准權限' depth 1; the bold
#    run-in labels '一、**會計事務**：…' depth 2 with the bold label as title; numbered sentences (壹 一、二、, 玖's
#    payment list, 壹拾貳 一、–七、, 壹拾壹 四、) and the '- （一）**收入**' bullets are list items, not headings
python3 $T/make_md_doc.py src/joechiboo_ParkFee_caiwu_guanli_banfa.md f64_03_banfa_shequ_caiwu_guanli heldout --levels 2 --fresh >/dev/null
G f64_03_banfa_shequ_caiwu_guanli.txt "樂菲莊園社區財務管理辦法" '[[15,1,"🅿️ 停車費相關速查（ParkFee 用）",""],
 [33,1,"依據","壹、"],[38,1,"管理單位","貳、"],[42,1,"事務範圍","參、"],[46,2,"會計事務"],[47,2,"出納事務"],
 [49,1,"會計收支報告","肆、"],[55,1,"會計帳務製作","伍、"],[61,1,"決算書編制執行","陸、"],[65,1,"經費來源","柒、"],
 [67,2,"公共基金"],[72,2,"管理費及其他收入"],[80,1,"本社區住戶收費標準","捌、"],[82,2,"管理費"],[83,2,"汽車位清潔費"],
 [84,2,"機車位清潔費"],[85,2,"裝潢清潔費"],[87,1,"管理費用收繳週期","玖、"],[97,1,"公共基金與管理費收支作業","壹拾、"],
 [99,2,"公共基金及利息"],[104,2,"管理費及其他收入"],[120,1,"請購（提案）、採購、請款、核准權限及銀行開戶作業","壹拾壹、"],
 [122,2,"採購作業之內部控制"],[124,2,"請購程序"],[128,2,"請款流程"],[134,2,"銀行帳戶管理權責"],
 [136,1,"逾期滯納及拒繳管理經費之處理","壹拾貳、"],[147,1,"本辦法有未盡事宜","壹拾參、"],[151,1,"本辦法經管委會決議通過後施行之","壹拾肆、"],
 [157,1,"請購與採購核准權限","附件一"],[159,2,"零用金"],[165,2,"非採購項目"],[169,2,"採購項目"],[178,2,"涉及公共安全或緊急事故"],[183,2,"附註說明"]]'
# 04 泰旅爱物字〔2024〕6号 《关于印发〈…爱琴海公司安全生产治本攻坚三年行动实施方案（2024-2026年）〉的通知》, a company's
#    red-header notice as PDF (techxiaochen/aegean-docs); pdf_layout.py. The notice carries the 方案 inline: 一、二、三、
#    depth 1, （一）… depth 2, the task paragraphs 1、–12、 (numbered on through the （一）–（三） groups) depth 3 with their
#    run-in title cut by hand at the first '，' or '。' (the wrapped line holds no more); header, 文号, 主送, signature,
#    date and 抄送 lines are not headings; gold title = line 1 as extracted (the header, wrapped)
python3 $T/pdf_layout.py src/techxiaochen_aegean-docs_hongtou06_sannian_fangan.pdf docs/f64_04_fangan_aiqinhai_anquan_sannian.txt >/dev/null
G f64_04_fangan_aiqinhai_anquan_sannian.txt "泰安市文化旅游发展集团商业运营管" '[[13,1],[32,1],
 [38,2],[39,3,"推动重大事故隐患根本整治"],[49,3,"开展事故教训吸取和警示教育"],[52,3,"淘汰退出落后安全生产工艺技术"],[57,3,"强化外包单位出租部位安全生产管控"],
 [65,2],[66,3,"强化一线人员安全生产履职能力建设"],[77,3,"强化安全生产标准化建设"],[81,3,"完善安全生产管理评价机制建设"],[85,3,"加强安全生产责任倒查机制建设"],
 [90,2],[91,3,"提升风险监测预警能力"],[95,3,"提升“小、散”区域安全生产管控能力"],[99,3,"提升安全管理信息化水平"],[108,3,"提升应急处置能力"],
 [112,1],[113,2],[118,2],[122,2],[126,2]]'
# 05 《爱琴海公司安全生产责任制》 (same company, docs/safety-rules/1-zerenzhi.md, VuePress Markdown): '## 一、 总则' … '## 七、
#    责任制清单' depth 1 (三、四、五 are written ' ## ' with a leading space, still headings), '### 1. 公司级 总经理' …
#    '### 36. 部门级 商管员' depth 2; the numbered duty lists under them are list items. Gold as make_md_doc.py writes it
python3 $T/make_md_doc.py src/techxiaochen_aegean-docs_anquan_zerenzhi.md f64_05_zhidu_aiqinhai_anquan_zerenzhi heldout --levels 2,3 --fresh >/dev/null
# 06 《停車場管理 — 例會主持稿（2026-09-03）》, the script a committee member wrote for hosting the parking items of a
#    community management committee's monthly meeting (same community as 03; joechiboo/ParkFee; source saved from the
#    stored file, no snapshot could be fetched). '## 〇、…四、' depth 1 (marker '〇、' as written); '### 第一段：…' and
#    '### 第 6-1 題　…' depth 2 (markers '第一段'…'第四段', '第 6-1 題' set by hand); the bold stand-alone lines
#    '**第 8 題　…**' … '**第 11 題　…**' under 第二段 depth 3. Bold run-in lead-ins ('**主持節奏**：', '**⚠️ 第 2 題必說的
#    一句**（…）：', '**擋話術**：', '**表決**：…') and the quoted speech lines are not headings
python3 $T/make_md_doc.py src/joechiboo_ParkFee_lihui_zhuchigao.md f64_06_jianghua_shequ_lihui_zhuchigao heldout --levels 2,3 --fresh >/dev/null
G f64_06_jianghua_shequ_lihui_zhuchigao.txt "停車場管理 — 例會主持稿（2026-09-03）" '[[8,1,"會前 5 分鐘檢查","〇、"],[18,1],[28,1],
 [30,2,"小組決議確認（第 1–7 題）","第一段"],[55,2,"社宅餘位可否釋出（新議題，經理提）— 今晚最該決的一題","第 6-1 題"],
 [69,2,"全數保留可否收 24,000／年（新議題，經理提）","第 6-2 題"],[79,2,"自行車（第 8–11 題）","第二段"],
 [81,3,"641–655 開放停自行車","第 8 題"],[88,3,"車架（會後變更，推翻小組）","第 9 題"],[92,3,"一位多停（免修辦法）","第 10 題"],
 [96,3,"識別貼紙（報告，免動條文）","第 11 題"],[99,2,"第 12 題　每年重抽要不要提區權會","第三段"],[111,2,"辦法 14 條整案表決 🔴","第四段"],
 [125,1],[134,1]]'
# 07 《國立高雄師範大學附屬高級中學學生會組織章程》 (Taiwan high-school student association charter; ashssa/laws, Astro
#    Markdown law site: front matter title, '## 修法歷程 / ## 法規內容 / ## 本法附件', then plain '第一章 總則' and
#    '第1條 （依據及名稱）' lines). Gold: the three '##' headings depth 1 (make_md_doc.py); 第一章…第九章 depth 2 (the
#    '第八章 法規' line is indented by a space in the source) and 第1條…第50條 with 第11條之1 / 第45條之1 depth 3, title = the
#    article label (tw_law_spec.py, added with add_heads.py); the '1 章程。' numbered items are list items
python3 $T/make_md_doc.py src/ashssa_laws_act01_zuzhi_zhangcheng.md f64_07_zhangcheng_gaoshida_fuzhong_xuesheng_hui heldout --levels 2 --fresh >/dev/null
python3 $T/add_heads.py f64_07_zhangcheng_gaoshida_fuzhong_xuesheng_hui.txt "$(python3 $T/tw_law_spec.py docs/f64_07_zhangcheng_gaoshida_fuzhong_xuesheng_hui.txt 2 3)" >/dev/null
# 08 《淡江大學學生會法規標準規則》 (Tamkang University student association's rule on its own rule-making; GabrielYMC/
#    LawAsCode laws/markdown, converted from the association's Word law book: front matter with the amendment history,
#    '# title', '## 第一章 總則', '### 第二條（法律之名稱）'; the source starts at 第二條, there is no 第一條). Gold: 第一章–第六章
#    depth 1, the 26 articles depth 2 with title = label (tw_law_spec.py; the （…） article captions are not the title)
python3 $T/make_md_doc.py src/GabrielYMC_LawAsCode_fagui_biaozhun_guize.md f64_08_guiding_danjiang_xuesheng_hui_fagui_biaozhun heldout --levels 2,3 --fresh >/dev/null
G f64_08_guiding_danjiang_xuesheng_hui_fagui_biaozhun.txt "淡江大學學生會法規標準規則" "$(python3 $T/tw_law_spec.py docs/f64_08_guiding_danjiang_xuesheng_hui_fagui_biaozhun.txt 1 2)"
# 09 《淡江大學學生會學生評議會釋字第2號》 (a ruling of the Tamkang student association's review board, same law book,
#    laws/markdown; front matter + '# title', then the plain stand-alone part titles 解釋爭點 / 解釋文 / 理由書 — depth 1,
#    marker ''. Word soft breaks split two paragraphs; the signature block, the date and the law book's colophon
#    ('淡江大學學生會法規錄 112學年度第2學期', 主編…, 出版日期…) that the converter appended are not headings
python3 $T/make_md_doc.py src/GabrielYMC_LawAsCode_pingyihui_shizi_2.md f64_09_wenzhang_danjiang_pingyihui_shizi heldout --levels 2 --fresh >/dev/null
G f64_09_wenzhang_danjiang_pingyihui_shizi.txt "淡江大學學生會學生評議會釋字第2號" '[[3,1],[9,1],[13,1]]'
# 10 《Civic Talk 社群守則》 (community guidelines of g0v/vTaiwan's civic deliberation platform, traditional Chinese,
#    Markdown): '## 1.'…'## 5.' and '## 附錄 A/B' depth 1, '### 2.1'…'### 2.6' depth 2 (make_md_doc.py, decimal markers);
#    added by hand: the bold stand-alone labels '**屬於違規：**' / '**不屬於違規：**' under each 2.x at depth 3, and the
#    three bold-titled ordered-list items of § 4 ('1. **投稿時的自動前置審查（…）**' …) at depth 2 (marker '1.'…'3.');
#    the bold run-in '**自動停權（規劃中）**：…', the § 3 and § 5 numbered sentences/steps and table rows are not headings
python3 $T/make_md_doc.py src/g0v_civic-talk-hono_shequn_shouze.md f64_10_guiding_civic_talk_shequn_shouze heldout --levels 2,3 --fresh >/dev/null
python3 $T/add_heads.py f64_10_guiding_civic_talk_shequn_shouze.txt '[[35,3],[43,3],[50,3],[57,3],[65,3],[72,3],[80,3],[86,3],[93,3],[99,3],[107,3],[138,2],[141,2],[144,2]]' >/dev/null
