#!/bin/bash
# Rebuild every document and gold of fresh set 51 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh51
T=tools
mkdir -p tmp
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# shift every depth of a gold by $2 (Markdown levels / decimal numbers one deeper than the document's own sections)
SHIFT() { python3 - "$1" "$2" <<'PY'
import json, sys
p = '/work/fresh51/gold/' + sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['depth'] += int(sys.argv[2])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}

# 01 长沙理工大学第七届程序设计大赛 章程 on a GB2312 PHP page (ACMore system); 一、–七、 sections
iconv -f gb18030 -t utf-8 src/luchenqun_ACMore_apply_index.php > tmp/acmore.html
python3 $T/html_blocks.py tmp/acmore.html docs/f51_01_zhangcheng_changsha_ligong_chengxu_sheji_dasai.txt "长沙理工大学ACMore系统" --drop-first-if-title >/dev/null
G f51_01_zhangcheng_changsha_ligong_chengxu_sheji_dasai.txt "长沙理工大学ACMore系统" '[[4,1],[8,1],[10,1],[16,1],[20,1],[22,1],[24,1]]'

# 02 bilibili用户反馈论坛管理细则暨发帖须知 (JSP admin page; every line an <h3>: 一、/（一） are headings, 1、 rules and the body line are not)
python3 $T/html_blocks.py src/KannnabinoMikoto_bilibili_back_main.jsp docs/f51_02_xize_bilibili_fankui_luntan_guanli.txt "后台" --drop-first-if-title >/dev/null
G f51_02_xize_bilibili_fankui_luntan_guanli.txt "后台" '[[4,1],[6,1],[7,2],[13,2],[16,1]]'

# 03 Flying catss站点处罚条例 (PHP community page; A、/B、/C、 h2 sections, 壹、–伍、 paragraph headings under B; sidebar h2 chrome not headings)
python3 $T/html_blocks.py src/TrafficLight6_flying_catss_punish_index.php docs/f51_03_tiaoli_flying_catss_chufa.txt "Flying Catss-处罚条例" --drop-first-if-title >/dev/null
G f51_03_tiaoli_flying_catss_chufa.txt "Flying Catss-处罚条例" '[[22,1,"处罚形式","A、"],[29,1,"如何会被处罚","B、"],[30,2,"有以下情形的将按本条例A款第1条处理","壹、"],[35,2,"有以下情形的将按本条例A款第2条处理","贰、"],[39,2,"有以下情形的将按本条例A款第3条处理","叁、"],[44,2,"有以下情形的将按本条例A款第4条处理","肆、"],[49,2,"有以下情形的将按本条例A款第5条处理（如果实施，请和技术人员联系）","伍、"],[55,1,"如何申诉以及撤销处罚","C、"]]'

# 04 RFC 4250 Chinese translation (Markdown #/##/### 1. / 3.1. / 4.1.1.; the file has no title line, so its name is line 1)
(printf -- '---\ntitle: rfc4250_zh\n---\n'; cat src/caostorm_rfc_translate_zh_CN_rfc4250_zh.md) > tmp/rfc4250_zh.md
python3 $T/make_md_doc.py tmp/rfc4250_zh.md f51_04_jishu_rfc4250_ssh_bianhao heldout --levels 1,2,3 --fresh

# 05 LoRaWAN 1.0.2 规范中文版 第4章 MAC帧格式 (## chapter title = document title; ### / #### / one ## 4.4, depth from the decimal number)
python3 $T/make_md_doc.py "src/twowinter_LoRaWAN_chapter4_MAC_Message_Formats.md" f51_05_jishu_lorawan_mac_zhen_geshi heldout --levels 2,3,4 --depth number --fresh
SHIFT f51_05_jishu_lorawan_mac_zhen_geshi.json -1

# 06 清华 OS 课 第二讲 第三节 硬件启动与软件启动 (Marp slides; ## 第三节, ### sections (inside the 提纲 slides), #### slide titles)
python3 $T/make_md_doc.py src/LearningOS_os-lectures_lec2_p3-boot.md f51_06_jiangyi_caozuo_xitong_qidong heldout --levels 2,3,4 --fresh

# 07 衢州市妇幼保健院 news item (JSP page, empty <title>, article title as line 1; photo captions only, no section headings: gold empty)
python3 $T/html_blocks.py src/lmxxlm_holier_app_news6.jsp docs/f51_07_xinwen_quzhou_fuyou_baojianyuan_xiachen.txt "院领导对接合作卫生院推进医疗资源下沉" --drop-first-if-title >/dev/null
G f51_07_xinwen_quzhou_fuyou_baojianyuan_xiachen.txt "院领导对接合作卫生院推进医疗资源下沉" '[]'

# 08 清华 OS 课 第一讲 第三节 操作系统历史演化 (Marp slides; ### 第三节 under the ## 第一讲 title, then ## slide titles)
python3 $T/make_md_doc.py src/LearningOS_os-lectures_lec1_p3-oshistory.md f51_08_jiangyi_caozuo_xitong_lishi heldout --levels 2,3 --fresh
python3 - <<'PY'
import json
p = '/work/fresh51/gold/f51_08_jiangyi_caozuo_xitong_lishi.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['depth'] = 1 if h['marker'] == '第三节' else 2   # 第三节 heads the slides that follow it
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY

# 09 LoRaWAN 1.0.2 规范中文版 第3章 PHY帧格式
python3 $T/make_md_doc.py "src/twowinter_LoRaWAN_chapter3_Physical_Message_Formats.md" f51_09_jishu_lorawan_phy_zhen_geshi heldout --levels 2,3,4 --depth number --fresh
SHIFT f51_09_jishu_lorawan_phy_zhen_geshi.json -1

# 10 四川旅游学院 news item as a student's saved copy of the site page (chrome kept: menus, sidebar, footer); no section headings: gold empty
python3 $T/html_blocks.py src/zxt12_sctu-javaweb-2019_show-4483.html docs/f51_10_xinwen_sichuan_lvyou_xueyuan_liuxiao_xuesheng.txt "学校举行2019年春节留校学生慰问座谈会-旅院新闻" --drop-first-if-title >/dev/null
G f51_10_xinwen_sichuan_lvyou_xueyuan_liuxiao_xuesheng.txt "学校举行2019年春节留校学生慰问座谈会-旅院新闻" '[]'

# 11 钱院学辅 技术讲座资料区 (Markdown; ## 第一讲：… – 第五讲：…, three of them without body; marker 第X讲, title after the colon)
python3 $T/make_md_doc.py src/qyxf_qyxf.github.io_technical-lecture.md f51_11_jiangzuo_qianyuan_xuefu_jishu_jiangzuo heldout --levels 2 --fresh
python3 - <<'PY'
import json
p = '/work/fresh51/gold/f51_11_jiangzuo_qianyuan_xuefu_jishu_jiangzuo.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].lstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY

# 12 董事长致辞 (a company mini-site page, PHP; three paragraphs, no headings: gold empty)
python3 $T/html_blocks.py src/gbkwhf_scproject_chairman_speak.php docs/f51_12_jianghua_dongshizhang_zhici.txt "董事长致辞" --drop-first-if-title >/dev/null
G f51_12_jianghua_dongshizhang_zhici.txt "董事长致辞" '[]'

python3 $T/check_gold.py
