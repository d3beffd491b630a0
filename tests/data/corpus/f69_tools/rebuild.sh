#!/bin/bash
# Rebuild every document and gold of fresh set 69 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh69
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 《上市公司现场检查规则》 (中国证监会公告〔2022〕21号), Markdown copy in Chaaoo/docsify docs/1.0/201.md. Converted with
#    make_md_doc.py (no ## headings in the source: chapters and articles are plain lines). The announcement text (公告 header,
#    文号, date) and the issued rule's own title (line 17) are not headings; the bold '【第21号公告】…' line is the notice's
#    title, not a heading. 第X章 depth 1, 第X条 depth 2 (title = its label).
python3 $T/make_md_doc.py src/Chaaoo_docsify_xianchang_jiancha_guize.md f69_01_guiding_shangshi_gongsi_xianchang_jiancha heldout --levels 2,3 --fresh
G f69_01_guiding_shangshi_gongsi_xianchang_jiancha.txt "上市公司现场检查规则" \
 '[[19, 1], [21, 2], [25, 2], [29, 2], [31, 2], [35, 1], [37, 2], [51, 2], [53, 2], [55, 1], [57, 2], [59, 2], [65, 2], [69, 2], [71, 2], [73, 2], [75, 2], [79, 2], [81, 2], [83, 2], [85, 2], [87, 1], [89, 2], [91, 2], [93, 2], [95, 2], [97, 2], [101, 2], [103, 2], [107, 2], [109, 2], [123, 2], [125, 2], [127, 2], [129, 2], [145, 1], [147, 2], [149, 2]]'
# 02 《会计监管风险提示第8号——商誉减值》 (中国证监会, 2018-11-16), Markdown copy in Chaaoo/docsify docs/1.0/58.md (source line
#    and '=====' underline kept as text). No Markdown headings: the numbered lines are the structure. 一、 depth 1, （一） depth 2,
#    '1.常见问题'/'2.监管关注事项' depth 3; '第一，…' and '（1）…' items are sentences inside parts, not headings.
python3 $T/make_md_doc.py src/Chaaoo_docsify_shangyu_jianzhi.md f69_02_yijian_kuaiji_jianguan_shangyu_jianzhi heldout --levels 2,3 --fresh
G f69_02_yijian_kuaiji_jianguan_shangyu_jianzhi.txt "会计监管风险提示第8号——商誉减值" \
 '[[15, 1], [17, 2], [21, 3], [31, 3], [43, 2], [47, 3], [63, 3], [79, 2], [85, 3], [97, 3], [119, 2], [123, 3], [133, 3], [151, 1], [155, 2], [175, 2], [211, 1], [215, 2], [231, 2]]'
# 03 openGauss 技术委员会 (TC) charter page, opengauss-mirror/tc README.md (Markdown; '# tc' is the title line; the four
#    '###' sections are the headings, depth 1; the architecture image is dropped by the converter). Gold as make_md_doc.py writes it.
python3 $T/make_md_doc.py src/opengauss-mirror_tc_readme.md f69_03_zhangcheng_opengauss_jishu_weiyuanhui heldout --levels 3 --fresh
# 04 openGauss 兼容性技术测评 process page, opengauss-mirror/compatible-certification README.md (Markdown ## / ###; the bold
#    '（面向…）' notes under the ### titles and the bold '表1'/'表2' captions are not headings; '步骤N.' items are steps).
python3 $T/make_md_doc.py src/opengauss-mirror_compatible-certification_readme.md f69_04_zhidu_opengauss_jianrongxing_ceping heldout --levels 2,3 --fresh
# 05 《利安人寿保险股份有限公司利安利利爱家守护两全保险条款》, an insurer's policy terms converted from PDF to Markdown by an
#    OCR/layout tool in masterlyj/AI_Agent (data/inputs/112013_tk.md; every '#' is level 1, some on sentences or broken
#    fragments). make_md_doc.py --levels 1, then the gold set by hand: the front-matter '#' titles (阅读指引 … 条款目录, incl. the
#    marked-up reminder sentence) depth 1; the 条款目录 lines are a contents page; the repeated company/product title (79, 81)
#    is the document's title; '1.'…'9.' depth 1; '1.1'… depth 2 with the run-in label before the first space as title (some
#    labels cut by the conversion, kept as cut); the '#' sub-titles 身故保险金 / 满期保险金申 / 身故保险金申 depth 3; the
#    '# 驶证驾驶' / '# 驶证' fragments (continuations of the 9.8/9.9 labels) are not headings.
python3 $T/make_md_doc.py src/masterlyj_AI_Agent_112013_tk.md f69_05_guiding_baoxian_tiaokuan_aijia_shouhu heldout --levels 1 --fresh >/dev/null
G f69_05_guiding_baoxian_tiaokuan_aijia_shouhu.txt "利安人寿保险股份有限公司利安利利爱家守护两全保险条款" \
 '[[3, 1], [7, 1], [14, 1], [23, 1], [25, 1], [85, 1], [87, 2, "合同构成"], [88, 2, "合同成立与生效"], [89, 2, "投保年龄"], [90, 2, "犹豫期"], [94, 1], [96, 2, "保险金额"], [97, 2, "保险期间"], [98, 2, "保险责任"], [102, 3], [115, 2, "责任免除"], [131, 2, "其他免责条款及重点提示"], [135, 1], [137, 2, "受益人"], [163, 2, "保险事故通知"], [169, 2, "保险金申请"], [171, 3, "满期保险金申"], [176, 3, "身故保险金申"], [186, 2, "保险金给付"], [196, 2, "宣告死亡处理"], [202, 2, "诉讼时效"], [204, 1], [206, 2, "保险费的支付"], [207, 2, "宽限期"], [209, 1], [211, 2, "效力中止"], [212, 2, "效力恢复"], [214, 1], [216, 2, "现金价值"], [217, 2, "保单质押贷款"], [221, 1], [223, 2, "您解除合同的"], [232, 1], [234, 2, "明确说明与如"], [240, 1], [242, 2, "合同生效日对应日"], [243, 2, "周岁"], [244, 2, "有效身份证件"], [245, 2, "意外伤害"], [246, 2, "斗殴"], [247, 2, "毒品"], [248, 2, "酒后驾驶"], [249, 2, "无合法有效驾"], [258, 2, "无合法有效行"], [266, 2, "机动车"], [268, 2, "保险费约定支付日"]]'
# 06 The 产品说明书 of 利安利利传家壹号终身寿险 (same insurer, same repository, data/inputs/111014_sms.md, OCR/layout Markdown, every
#    '#' at level 1). make_md_doc.py --levels 1 (title = the first '#' line, the company name); gold by hand: the cover's other
#    title lines (3, 5) and the title block repeated at 21–25 are the document's title, not headings; 重要声明 and 一、…四、 depth 1;
#    '1.'–'4.' under 一、 (labels before '：', only 4. marked up) and the '1.'–'5.' under 二、/三、 depth 2; '1.1'–'1.4' depth 3.
#    Unmarked labels (附表：, 本公司声明：) and the '1、'–'4、' notes are not headings.
python3 $T/make_md_doc.py src/masterlyj_AI_Agent_111014_sms.md f69_06_wenzhang_baoxian_chanpin_shuomingshu heldout --levels 1 --fresh >/dev/null
G f69_06_wenzhang_baoxian_chanpin_shuomingshu.txt "利安人寿保险股份有限公司" \
 '[[17, 1], [29, 1], [31, 2, "投保年龄"], [32, 2, "保险期间"], [33, 2, "保险费及交费方式"], [35, 2], [40, 1], [42, 2], [46, 3], [62, 3], [68, 3], [74, 3], [84, 2], [100, 2], [104, 2], [110, 2], [120, 1], [122, 2], [126, 2], [130, 1]]'
# 07 《2005年政府工作报告》 (国务院, 2005-03-05), plain text in Z-F-Y-design/Govrag project/data/raw/2005.txt (UTF-8 with BOM,
#    full-width-space indents). plain_txt.py; line 1 = the title line. 一、 depth 1, （一） depth 2 (run-in titles cut at the
#    first '。'); the date/occasion line and 各位代表： are not headings.
python3 $T/plain_txt.py src/Z-F-Y-design_Govrag_2005.txt docs/f69_07_baogao_zhengfu_gongzuo_baogao_2005.txt
G f69_07_baogao_zhengfu_gongzuo_baogao_2005.txt "2005年政府工作报告" \
 '[[7, 1], [12, 2], [14, 2], [19, 2], [22, 2], [29, 2], [33, 2], [54, 1], [59, 1], [61, 2], [68, 2], [75, 2], [87, 1], [89, 2], [91, 2], [93, 2], [95, 2], [97, 2], [99, 2], [102, 1], [104, 2], [111, 2], [117, 2], [122, 1], [141, 1]]'
# 08 《1992年政府工作报告》 (国务院, 1992-03-20; full-width digits in the date line and in 一、１９９１年…), plain text in the same
#    repository, project/data/raw/1992.txt. plain_txt.py; line 1 = the title line (trailing full-width spaces). 一、–六、 depth 1.
python3 $T/plain_txt.py src/Z-F-Y-design_Govrag_1992.txt docs/f69_08_baogao_zhengfu_gongzuo_baogao_1992.txt
G f69_08_baogao_zhengfu_gongzuo_baogao_1992.txt "1992年政府工作报告" '[[6, 1], [20, 1], [40, 1], [54, 1], [65, 1], [70, 1]]'
# 09 The 电子科技大学 网络教育 admissions page of an education agency's site (PHP page with HTML, TRO-KG/qcedu netview.php at the
#    commit that added it; the file was deleted later). html_blocks.py; the page has no <title>, so line 1 is the page heading
#    '电子科技大学' given by hand; the breadcrumb '网络教育', the h4 page heading repeated (line 3) and the date/read-count line are
#    chrome. The ten coloured section titles (高校简介 in a styled span, the rest in <h3><span>) are the headings, depth 1;
#    '免试入学及条件：' is a label inside 入学考试.
python3 $T/html_blocks.py src/TRO-KG_qcedu_netview.php.html docs/f69_09_tongzhi_dianzi_keda_wangluo_jiaoyu_zhaosheng.txt "电子科技大学" >/dev/null
G f69_09_tongzhi_dianzi_keda_wangluo_jiaoyu_zhaosheng.txt "电子科技大学" '[[5, 1], [8, 1], [10, 1], [14, 1], [19, 1], [22, 1], [24, 1], [26, 1], [30, 1], [34, 1]]'
# 10 东莞市人民政府办公室《关于组织实施东莞市重点企业规模与效益"倍增计划"预申报的通知》 (2016-12-20), reposted on a Dongguan
#    technology-service company's site (JSP page with HTML, yuxingChan04/KXTcompany_demo WebContent/managers/techno/5.jsp; the
#    body breaks lines with '</br>', which html_blocks.py renders as <br>). Line 1 = the page <title>; site menu, breadcrumb and
#    footer kept as chrome; the notice's title line (60) is the document's title. 一、–六、 depth 1; under 四、申报及遴选程序 the
#    （一）–（六） steps (run-in titles) depth 2; the （一）… items under 二、三、五、 are conditions/materials/requirements, not headings.
python3 $T/html_blocks.py src/yuxingChan04_KXTcompany_demo_techno5.jsp.html docs/f69_10_tongzhi_dongguan_beizeng_jihua_yushenbao.txt "东莞科星泰科技有限公司" >/dev/null
G f69_10_tongzhi_dongguan_beizeng_jihua_yushenbao.txt "东莞科星泰科技有限公司" '[[63, 1], [65, 1], [74, 1], [82, 1], [83, 2], [84, 2], [85, 2], [86, 2], [87, 2], [88, 2], [89, 1], [93, 1]]'
# 11 《高新技术企业认定管理办法》 (科技部 财政部 税务总局, 国科发火〔2016〕32号), reposted on the same company site (second and
#    last document from yuxingChan04/KXTcompany_demo, WebContent/managers/hightec/5.jsp). html_blocks.py, line 1 = the page
#    <title>; the article heading (60), the issuing notice's title (62) and the rule's title (63) are not headings. 第X章 depth 1,
#    第X条 depth 2 (title = label); inside 第十二条 the stand-alone step titles （一）企业申请 / （二）专家评审 / （三）审查认定
#    depth 3; the （一）… conditions and '1.'–'8.' material lists are items, not headings.
python3 $T/html_blocks.py src/yuxingChan04_KXTcompany_demo_hightec5.jsp.html docs/f69_11_banfa_gaoxin_jishu_qiye_rending.txt "东莞科星泰科技有限公司" >/dev/null
G f69_11_banfa_gaoxin_jishu_qiye_rending.txt "东莞科星泰科技有限公司" '[[64, 1], [65, 2], [66, 2], [67, 2], [68, 2], [69, 2], [70, 1], [71, 2], [75, 2], [81, 2], [87, 2], [88, 2], [89, 1], [90, 2], [103, 2], [104, 3], [114, 3], [116, 3], [118, 2], [119, 2], [120, 1], [121, 2], [122, 2], [123, 2], [124, 2], [125, 2], [130, 2], [131, 1], [132, 2], [133, 2], [134, 2]]'
# 12 成都高新区科技与新经济发展局《关于开展2017年度新经济企业入库工作的通知》, a page of a policy-application portal
#    (zhao-19/YCDL web/app/zcsb/jt-xjjrk.jsp, JSP with HTML; no <title>: line 1 is the page title passed to the header include,
#    '新经济入库'). The <h2> notice title (two lines, split at its <br>) is the document's title; the <dt> 一、–四、 are the
#    headings, depth 1; the （1）–（3） conditions are items.
python3 $T/html_blocks.py src/zhao-19_YCDL_jt-xjjrk.jsp.html docs/f69_12_tongzhi_chengdu_gaoxinqu_xinjingji_ruku.txt "新经济入库" >/dev/null
G f69_12_tongzhi_chengdu_gaoxinqu_xinjingji_ruku.txt "新经济入库" '[[5, 1], [9, 1], [12, 1], [14, 1]]'
