#!/bin/bash
# Rebuild every document and gold of dev set 62 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev62
T=tools
mkdir -p docs gold
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# Markdown files without a title of their own: a front-matter title (from the file name) is put before them in a
# temporary copy, so that make_md_doc.py keeps their first heading as a heading; the raw source stays as fetched.
fm() { { printf -- '---\ntitle: %s\n---\n' "$2"; cat "$1"; } > "$3"; }
# 01 project team 会议纪要 (plain UTF-8 text; no title line: '会议纪要' from the file name)
python3 $T/txt_doc.py src/ssjjcao_AnimationRecommend_huiyi_jiyao.txt d62_01_huiyi_jiyao_fanju_tuijian_xiangmuzu.txt --title 会议纪要
G d62_01_huiyi_jiyao_fanju_tuijian_xiangmuzu.txt 会议纪要 \
 '[[2,1],[14,1,"[编号] 1"],[27,1,"[编号] 2"],[33,2],[36,2],[38,3,"意见一"],[43,3,"意见二"],[58,3,"意见三"],[81,2],[89,2],[94,1,"[编号] 3"],[101,2]]'
# 02 dev team 会议记录 (GBK, CRLF; no title line: '会议记录' from the file name)
python3 $T/txt_doc.py src/shuangyangqian_txt_repository_huiyi_jilu.txt d62_02_huiyi_jilu_dev_adventure.txt --enc gbk --title 会议记录
G d62_02_huiyi_jilu_dev_adventure.txt 会议记录 '[[6,1],[7,2,"newton版本新功能梳理","1："],[10,2,"4.0版本私有patch向社区提交","2："]]'
# 03 course-project team 会议记录 (Markdown, ## meeting / ### 1. items; no # title)
fm src/zhengyunkun_2024-Software-Engineering_huiyi_jilu.md 会议记录 $TMP/03.md
python3 $T/make_md_doc.py $TMP/03.md d62_03_huiyi_jilu_luojia_xingji dev --levels 2,3
# 04 project work-meeting notes, VuePress page (h2 dates; '#' header anchors kept as scraped)
python3 $T/html_blocks.py src/bean-sprouts_moyashi-blog_huiyi_jilu.html docs/d62_04_huiyi_jilu_owl_xiangmu_vuepress.txt "会议记录 | Hello VuePress" --drop-first-if-title >/dev/null
G d62_04_huiyi_jilu_owl_xiangmu_vuepress.txt "会议记录 | Hello VuePress" \
 '[[10,1,"2021年7月20日"],[18,1,"2021年7月23日 敏捷开发培训"],[26,1,"2021年8月4日 业务数据通演示"],[30,1,"2021年8月6日前端架构师沟通"],[34,1,"2021年8月12日"]]'
# 05 interview of senior students (Markdown list: '- question' then the answer); each question a heading
fm src/hip-hopTeam_XMatch_caifang.md 采访 $TMP/05.md
python3 $T/make_md_doc.py $TMP/05.md d62_05_caifang_xuezhang_tuandui_kaifa dev --levels 2
(cd $T && python3 - >/dev/null <<'PY'
import gold
L = open('/work/dev62/docs/d62_05_caifang_xuezhang_tuandui_kaifa.txt', encoding='utf-8').read().split('\n')
gold.write('d62_05_caifang_xuezhang_tuandui_kaifa.txt', '采访', [[i + 1, 1, L[i][2:]] for i in range(len(L)) if L[i].startswith('- ')])
PY
)
# 06 interview answer sheet (Markdown ## numbered questions)
fm src/diego20050818_my-own-obsidian-note_fangtan.md 访谈 $TMP/06.md
python3 $T/make_md_doc.py $TMP/06.md d62_06_fangtan_ai_guangcai_wenyang dev --levels 2
python3 $T/fix_d62_06.py
# 07 Taiwan student project 會議記錄 (Big5, CR line ends; line 1 is its own title)
python3 $T/txt_doc.py src/MoodForMusic_2022_09_16_huiyi_jilu_big5.txt d62_07_huiyi_jilu_taiwan_zhuanti_2022_09_16.txt --enc big5
G d62_07_huiyi_jilu_taiwan_zhuanti_2022_09_16.txt "2022/09/16 會議記錄" '[[2,1],[6,1],[11,1],[14,1],[20,1]]'
# 08 the same team's 第4次會議記錄 (Markdown: #### title, ##### 1.-4. items)
python3 $T/make_md_doc.py src/MoodForMusic_2022_03_04_huiyi_jilu.md d62_08_huiyi_jilu_taiwan_zhuanti_di4ci dev --levels 5
# 09 company software 周例会纪要 (Markdown: # title, #### dates, tables)
python3 $T/make_md_doc.py src/macaihu_work-doc_zhou_lihui.md d62_09_zhou_lihui_jiyao_ruanjianbu dev --levels 4
python3 $T/fix_d62_08_09.py
# 10 research group 会议纪要, Hexo NexT page (h3 / h4)
python3 $T/html_blocks.py src/EisRoot_BIO_huiyi_jilu_19-05-13_index.html docs/d62_10_jiaocha_xiaozu_huiyi_jiyao_19-05-13.txt "19.05.13会议纪要 | Bio" --drop-first-if-title >/dev/null
G d62_10_jiaocha_xiaozu_huiyi_jiyao_19-05-13.txt "19.05.13会议纪要 | Bio" '[[8,1],[12,2],[25,2]]'
# 11 user-interview record (GBK, CRLF; no title line: '访谈记录' from the file name)
python3 $T/txt_doc.py src/zuccYanghaha_SE2018_fangtan_jilu.txt d62_11_fangtan_jilu_xiaoyuan_wangzhan_xuqiu.txt --enc gbk --title 访谈记录
G d62_11_fangtan_jilu_xiaoyuan_wangzhan_xuqiu.txt 访谈记录 \
 '[[2,1],[3,2,"你觉得网站板块框架如何，你认为bbs论坛的风格以什么为好","问题一："],[5,2,"你觉得网站的的失物招领，兼职信息，跳蚤市场等模块是否有需求，请说明原因","问题二："],[8,2,"你对这个网站的意见","问题三："],[11,1],[16,1]]'
# 12 association seminar report, Hexo Fluid page (no section headings: gold is empty)
python3 $T/html_blocks.py src/ChinaIrelandAcademics_2022_07_02_xiaji_yantaohui_index.html docs/d62_12_xiehui_xiaji_yantaohui_acia.txt "爱中教授学者协会（ACIA）夏季研讨会在科克大学顺利举办 - 爱中教授学者学会" --drop-first-if-title >/dev/null
G d62_12_xiehui_xiaji_yantaohui_acia.txt "爱中教授学者协会（ACIA）夏季研讨会在科克大学顺利举办 - 爱中教授学者学会" '[]'
python3 $T/check_gold.py
