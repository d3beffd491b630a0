#!/bin/bash
# Rebuild every document and gold of dev set 41 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev41
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 人民日报 人民眼 deep report on 晋江 (crawler's Markdown; plain stand-alone 小标题 lines, each followed by a deck line)
python3 $T/make_md_doc.py src/leeperfect_PeopleDailyMaterial_20250110_jinjiang_jingyan.md d41_01_tongxun_jinjiang_jingyan dev --levels 2,3
# 02 任正非 speech at the 企业业务座谈会 (总裁办电子邮件 header chrome; run-in 一、–八、 parts)
python3 $T/make_md_doc.py src/DennisQQ-git_renzhengfei-kb_20140207_qiye_yewu_zuotanhui.md d41_02_jianghua_huawei_qiye_yewu dev --title "任总在企业业务座谈会上的讲话"
# 03 Chaos Mesh 开源第一年 annual review of an open-source community (## / ###)
python3 $T/make_md_doc.py src/pingcap_blog-cn_chaos-mesh-the-first-year-of-open-source.md d41_03_niandu_chaos_mesh_kaiyuan dev --levels 2,3
# 04 黄东旭 演讲实录 《分布式数据库模式与反模式》 (## / ###; bold lead sentences are not headings)
python3 $T/make_md_doc.py src/pingcap_blog-cn_talk-tidb-pattern.md d41_04_yanjiang_fenbushi_shujuku dev --levels 2,3
G d41_01_tongxun_jinjiang_jingyan.txt "创新发展“晋江经验”，爱拼会赢续写传奇（人民眼·大力发展县域经济）" \
 '[[17,1,"引  子"],[41,1],[75,1],[99,1],[125,1],[147,1],[173,1]]'
G d41_02_jianghua_huawei_qiye_yewu.txt "任总在企业业务座谈会上的讲话" \
 '[[13,1],[27,1],[33,1],[41,1],[47,1],[55,1],[59,1],[65,1]]'
python3 $T/fix_titles.py gold/d41_03_niandu_chaos_mesh_kaiyuan.json gold/d41_04_yanjiang_fenbushi_shujuku.json
# 05 APISIX community profile (人物通讯) of a new committer: ## 小标题 each followed by a pull-quote line
python3 $T/make_md_doc.py src/apache_apisix-website_2021-08-11_interview-TuZhengsong.md d41_05_tongxun_apisix_committer dev --levels 2
# 06 任正非 speech on the 内控 “三层防线” (## title, 【导  读】, run-in 一、–四、, then 【参考资料】 with the 《内控管理要点》 and its own 一、–六、)
python3 $T/make_md_doc.py src/DennisQQ-git_renzhengfei-kb_20131204_sanceng_fangxian.md d41_06_jianghua_huawei_sanceng_fangxian dev --levels 3
G d41_06_jianghua_huawei_sanceng_fangxian.txt "在公司内控与风险管理“三层防线”优化方案汇报的讲话" \
 '[[7,1],[19,1],[25,1],[29,1],[37,1,"【参考资料】"],[41,2],[51,2],[59,2],[67,2],[73,2],[81,2]]'
# 07 COSCUP talk script (Taiwan, 繁體) of an engineer: "Hi 各位好" opening, # slide headings, hard-wrapped lines, list items; no title in the file (the talk's topic from pitch.md used as line 1)
python3 $T/make_md_doc.py src/chechiachang_my-speeches_coscup-lecture.md d41_07_yanjiang_coscup_zhandouli dev --levels 1 --title "AR/FR open source power detector"
# 08 Apache Dubbo 2022 年度总结与 2023 规划 (skeletal: ## / ### with '1 '…'4 ' numbers / ####; two unnumbered ### under '2 Dubbo3 里程碑' belong to it)
python3 $T/make_md_doc.py src/apache_dubbo-website_2022-review-2023-roadmap.md d41_08_niandu_dubbo_2022 dev --levels 2,3,4
python3 - <<'PY'
import json
p = '/work/dev41/gold/d41_08_niandu_dubbo_2022.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] in ('2022', '2023'):          # a year, not a section number
        h['title'] = h['marker'] + ' ' + h['title']; h['marker'] = ''
    if h['line'] in (8, 10): h['depth'] = 3     # unnumbered ### between '2 Dubbo3 里程碑' and '3 核心技术' are its sub-points
    if h['line'] in (11, 13): h['depth'] = 4    # their #### children
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 人民日报 权威发布 report of a press conference on the 成渝 双城经济圈 (### 引题 above the # title; bold two-line 小标题: main line + data line)
python3 $T/make_md_doc.py src/leeperfect_PeopleDailyMaterial_20250110_shuangcheng_jingjiquan.md d41_09_tongxun_chengyu_shuangcheng dev --levels 5
python3 $T/add_bold.py gold/d41_09_tongxun_chengyu_shuangcheng.json docs/d41_09_tongxun_chengyu_shuangcheng.txt \
 '[["共同打造现代化产业体系",1],["重点领域改革深化，开放水平持续提高",1],["携手共建民生“幸福圈”",1]]'
# 10 Nacos community retrospective 《Nacos Star破两万的回顾与展望》 (## 1. / ### 1.1; bold run-in labels like **自研**： are not headings)
python3 $T/make_md_doc.py src/nacos-group_nacos-group.github.io_up-to-2w-star.md d41_10_niandu_nacos_huigu dev --levels 2,3
# 11 APISIX 社区周报 (a community's weekly work report: ## parts; the three Good-first-issue entries are marked ### once and #### twice but are siblings -> depth 2 all)
python3 $T/make_md_doc.py src/apache_apisix-website_2021-08-19_weekly-report.md d41_11_zhoubao_apisix_shequ dev --levels 2,3,4
python3 - <<'PY'
import json
p = '/work/dev41/gold/d41_11_zhoubao_apisix_shequ.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('Issue #'): h['depth'] = 2
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 12 人民日报 版面 report of a 高新区管委会 on its work (data from the 管委会): plain stand-alone 小标题 “转”——… “提”——… “促”——…
python3 $T/make_md_doc.py src/leeperfect_PeopleDailyMaterial_20250117_xianyang_gaoxinqu.md d41_12_zongjie_xianyang_gaoxinqu dev --levels 2
G d41_12_zongjie_xianyang_gaoxinqu.txt "咸阳高新区  做好转提促  发展新质生产力" '[[9,1],[19,1],[27,1]]'
python3 $T/check_gold.py
