#!/bin/bash
# Rebuild every document and gold of dev set 22 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev22
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 宽柔中学古来分校 学生守则·重要条例和校规 (school site PHP page; h2 parts, bold <b> sub-parts, 一、-style <ol> rules)
python3 $T/html_blocks.py "src/kee0310_FYHS_student_1@a38b.php" docs/d22_01_xiaogui_kuanrou_zhongxue.txt "宽柔中学古来分校 | 学生守则 | 重要条例和校规" --drop-first-if-title >/dev/null
G d22_01_xiaogui_kuanrou_zhongxue.txt "宽柔中学古来分校 | 学生守则 | 重要条例和校规" '[[6,1],[8,2],[11,2],[15,2],[19,1],[22,1],[37,1]]'
# 02 党员学习读后感 (Steemit post mirrored as a Jekyll post; plain-text 一、 headings; '一是说/二是说' inside a paragraph are not headings)
sed '1{/^$/d}' src/eastmaels_steemblog_2019-09-26_my-thoughts-after-reading.md > /tmp/d22_02.md   # the file opens with a blank line before its front matter
python3 $T/make_md_doc.py /tmp/d22_02.md d22_02_xuexi_xinde_liangge_weihu dev --levels 2,3
G d22_02_xuexi_xinde_liangge_weihu.txt "学习读后感 My Thoughts after Reading" '[[3,1],[15,1],[23,1]]'
# 03 员工请假须知 (help page of a leave-management web app, JSP; 一、–八、 sections as plain <p>, 1、 items; h1 = the notice's own title, not a heading)
python3 $T/html_blocks.py src/shy000000_Leaving_main-setting-notice.jsp docs/d22_03_zhidu_yuangong_qingjia_xuzhi.txt "帮助文档" --drop-first-if-title >/dev/null
G d22_03_zhidu_yuangong_qingjia_xuzhi.txt "帮助文档" '[[3,1],[7,1],[10,1],[12,1],[13,1],[14,2],[21,1],[24,1],[28,1]]'
# 04 家百浓 义工章程 (charity site PHP page; <dt> A．–E． volunteer roles over 1．/1. duty items; '[义工申请介绍]' = the page's own title block)
python3 $T/html_blocks.py src/Rick1206_jbn_free_apply_step.php docs/d22_04_zhangcheng_yigong_jiabainong.txt "家百浓-义工章程" --drop-first-if-title >/dev/null
G d22_04_zhangcheng_yigong_jiabainong.txt "家百浓-义工章程" '[[4,1,"保育义工","A．"],[9,1,"教育义工","B．"],[13,1,"医疗义工","C．"],[17,1,"儿童营养指导义工","D．"],[19,1,"各样后勤义工","E．"]]'
# 05 四川省卫健委 人大代表建议复函 (saved copy of the sc.gov.cn detail page, PC and mobile layouts both kept; no numbered or marked sections: gold is empty)
T05="四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函- 四川省人民政府网站"
python3 $T/html_blocks.py src/mhxqwer_djsc.gov.cn_index.html docs/d22_05_fuhan_jianyi_sichuan_weijianwei.txt "$T05" --drop-first-if-title >/dev/null
G d22_05_fuhan_jianyi_sichuan_weijianwei.txt "$T05" '[]'
# 06 电焊工安全技术交底 (construction-safety print template, JSP kept in an .svn pristine copy; booklet chapter label '九、其他作业' is the one heading; the 一、–二十五、 one-sentence rules are list items, not headings; ${...} template fields kept as in the source)
python3 $T/html_blocks.py src/zjt0428_myGitProjectRemote_dianhangong_jiaodi.svn-base.jsp docs/d22_06_caozuo_guicheng_dianhangong_jiaodi.txt "电焊工安全技术交底GDAQ330901" --drop-first-if-title >/dev/null
G d22_06_caozuo_guicheng_dianhangong_jiaodi.txt "电焊工安全技术交底GDAQ330901" '[[2,1]]'
# 07 宽柔中学古来分校 训导处 (same school site: h2 parts, italic label '训导处职责：' over bold （一）–（三） duties; the 30 duties and the activity table are list items / table rows)
python3 $T/html_blocks.py src/kee0310_FYHS_department_disciplinary.php docs/d22_07_zhize_kuanrou_xundaochu.txt "宽柔中学古来分校 | 训导处 Disciplinary Department" --drop-first-if-title >/dev/null
G d22_07_zhize_kuanrou_xundaochu.txt "宽柔中学古来分校 | 训导处 Disciplinary Department" '[[6,1],[7,2],[8,3],[10,3],[12,3],[14,1],[45,1]]'
# 08 机械设备安拆合同 (print template of the same construction-safety system; 第一条：–第十条： clauses, each heading titled by its label; '机械设备安拆合同' = the contract's own title; 1、/1． items are list items)
python3 $T/html_blocks.py src/zjt0428_myGitProjectRemote_IndisProtocolInstallContract.jsp docs/d22_08_hetong_jixie_anchai.txt "安装协议" --drop-first-if-title >/dev/null
G d22_08_hetong_jixie_anchai.txt "安装协议" '[[7,1],[10,1],[14,1],[22,1],[27,1],[32,1],[34,1],[38,1],[39,1],[40,1]]'
# 09 建筑起重机械生产安全事故应急救援预案 (one document of a 239 KB print bundle of the same system: html_blocks.py on the whole bundle, then the lines from the plan's title up to the next document's title '建筑起重机械安全技术交底书')
python3 $T/html_blocks.py src/zjt0428_myGitProjectRemote_MaterialGather.jsp /tmp/d22_09_bundle.txt "资料信息" >/dev/null
python3 - <<'PY'
L = open('/tmp/d22_09_bundle.txt', encoding='utf-8').read().split('\n')
a = L.index('建筑起重机械生产安全事故应急救援预案')
b = L.index('建筑起重机械安全技术交底书', a)
open('/work/dev22/docs/d22_09_yuan_qizhong_jixie_yingji.txt', 'w', encoding='utf-8').write('\n'.join(L[a:b]) + '\n')
PY
G d22_09_yuan_qizhong_jixie_yingji.txt "建筑起重机械生产安全事故应急救援预案" '[[2,1,"编制依据与工程项目概况","第一章、"],[3,2],[11,2],[12,3],[14,3],[16,1],[18,1],[22,1],[23,2],[24,3],[28,3],[30,2],[33,2],[39,1],[45,1],[52,1],[53,2],[55,2],[57,2],[60,1],[61,2],[68,2],[70,3],[71,4],[75,4],[87,3],[91,1]]'
python3 $T/check_gold.py
