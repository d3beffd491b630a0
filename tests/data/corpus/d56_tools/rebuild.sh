#!/bin/bash
# Rebuild every document and gold of dev set 56 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev56
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 包头市人民政府办公室 通知 (包府办发〔2022〕43号)印发 考评办法, with its 附件 指标 (一、/（一）, numbered task items 1.–90. are list items);
#    plain .txt from a 北大法宝 export (法宝引证码 and link lines kept, title printed twice as in the source); doc line = source line + 1
T01="包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知"
python3 $T/extract_lines.py src/mengke25_policy_text_frenq_baotou_2022_shuzi_zhengfu_kaoping.txt 1 999 docs/d56_01_tongzhi_baotou_shuzi_zhengfu_kaoping.txt "$T01" >/dev/null
G d56_01_tongzhi_baotou_shuzi_zhengfu_kaoping.txt "$T01" \
 '[[11,1],[13,1],[15,1],[26,1],[30,1],[32,2],[33,3],[36,3],[39,3],[41,3],[45,3],[48,3],[52,3],[57,3],[59,3],[80,2],[81,3],[85,3],[88,3],[91,3],[97,3],[101,2],[102,3],[108,2],[109,3],[114,3],[117,3],[121,2],[122,3],[127,3],[130,3],[133,3],[136,2],[137,3],[141,3],[147,2],[148,3],[150,3],[154,3]]'
# 02 阿坝州人民政府办公室 通知 (阿府办发〔2021〕21号) 印发 政务数据资源管理暂行办法 (第X章 / 第X条), same 北大法宝 export;
#    each chapter line carries its first article run on ("第一章　总则　　第一条 …"): the chapter is the heading of that line
T02="阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知"
python3 $T/extract_lines.py src/mengke25_policy_text_frenq_aba_zhengwu_shuju_guanli.txt 1 999 docs/d56_02_guanli_banfa_aba_zhengwu_shuju.txt "$T02" >/dev/null
G d56_02_guanli_banfa_aba_zhengwu_shuju.txt "$T02" \
 '[[12, 1, "总则", "第一章"], [13, 2], [15, 2], [16, 2], [17, 2], [19, 2], [21, 2], [22, 1, "规划建设", "第二章"], [23, 2], [24, 2], [28, 2], [29, 2], [31, 2], [33, 2], [34, 1, "目录管理", "第三章"], [38, 2], [40, 2], [45, 1, "采集与汇聚", "第四章"], [48, 2], [50, 2], [51, 2], [52, 1, "整合共享", "第五章"], [53, 2], [57, 2], [60, 2], [62, 2], [64, 2], [66, 2], [69, 2], [70, 1, "开放应用", "第六章"], [71, 2], [74, 2], [75, 2], [77, 2], [78, 2], [82, 2], [83, 2], [86, 1, "安全保障", "第七章"], [89, 2], [90, 2], [91, 2], [93, 2], [94, 1, "法律责任", "第八章"], [95, 2], [109, 2], [110, 1, "附则", "第九章"], [111, 2], [112, 2], [113, 2]]'
# 03 中山市人民政府令第16号 中山市政务数据管理办法 (第X章 / 第X条), plain .txt from a 北大法宝 export (CRLF; one "\r\r\n" after
#    第一章 gives an empty line, as a reader reading the text with universal newlines shows it); chapter titles keep their inner full-width spaces
T03="中山市政务数据管理办法"
python3 $T/extract_lines.py src/mengke25_policy_text_analyse_zhongshan_zhengwu_shuju_guanli.txt 1 999 docs/d56_03_guanli_banfa_zhongshan_zhengwu_shuju.txt "$T03" >/dev/null
G d56_03_guanli_banfa_zhongshan_zhengwu_shuju.txt "$T03" \
 '[[13, 1, "总　则", "第一章"], [15, 2], [16, 2], [20, 2], [23, 2], [24, 2], [31, 2], [32, 2], [33, 1, "目录管理与基础建设", "第二章"], [34, 2], [37, 2], [38, 2], [41, 2], [43, 2], [45, 2], [49, 2], [52, 1, "政务数据的采集与汇聚", "第三章"], [53, 2], [55, 2], [60, 2], [62, 2], [63, 1, "政务数据的共享", "第四章"], [64, 2], [68, 2], [72, 2], [73, 2], [77, 2], [79, 2], [80, 2], [82, 1, "政务数据的开放和利用", "第五章"], [83, 2], [85, 2], [88, 2], [90, 2], [91, 2], [92, 1, "安全保障与监督管理", "第六章"], [93, 2], [94, 2], [96, 2], [100, 2], [102, 2], [104, 2], [105, 2], [106, 2], [119, 2], [120, 1, "附　则", "第七章"], [121, 2], [123, 2], [125, 2]]'
# 04 通知 of 国家卫生计生委能力建设和继续教育中心 (乡医师资培训班, 2016) on a JSP page of the 中国继续医学教育网 site (static HTML, dl/dt/dd);
#    <%…%> and <jsp:…> dropped (the top/bottom includes are not rendered), then html_blocks.py with the page <title> as line 1;
#    一、–五、 (dt) at depth 1; under 五、 the two （一）/（二） contact groups at depth 2; the （一）–（四） items under 一、 and the sentences under 四、 are list items
python3 $T/strip_jsp.py src/1224500506_NCME-Web_xiangYi_Dynamic_notice.jsp /tmp/d56_04.html
python3 $T/html_blocks.py /tmp/d56_04.html docs/d56_04_tongzhi_ncme_xiangyi_shizi_peixun.txt "中国继续医学教育网_NCME" --drop-first-if-title >/dev/null
G d56_04_tongzhi_ncme_xiangyi_shizi_peixun.txt "中国继续医学教育网_NCME" '[[9,1],[14,1],[17,1],[19,1],[23,1],[24,2],[27,2]]'
