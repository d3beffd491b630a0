#!/bin/bash
# Rebuild every document and gold of fresh set 23 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh23
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 东南电梯 电（扶）梯设备销售合同 template (JSP page of a CRM; 第一条–第九条 and the annex 设备调试细则 一、/1、, all marked id="biaoti")
python3 $T/html_blocks.py src/jfory_SouthEastElevatorCRM_masterplate_3.jsp docs/f23_01_hetong_dianti_xiaoshou.txt "电（扶）梯设备销售合同" --drop-first-if-title >/dev/null
G f23_01_hetong_dianti_xiaoshou.txt "电（扶）梯设备销售合同" \
 '[[26,1],[32,1],[42,1],[58,1],[66,1],[70,1],[73,1],[80,1],[82,1],[90,1],[91,2],[93,2],[94,3],[116,3],[121,3],[123,2],[127,2]]'
# 02 國立交通大學資訊公開專區 page 「其他」 (Laravel Blade view; the Blade directives @extends/@section/@endsection and the BOM
#    are removed, as the rendered page does not show them; page title from the layout resources/views/layouts/white.blade.php)
sed -e '1s/^\xEF\xBB\xBF//' -e '/^[[:space:]]*@/d' src/ice710009_BigdataPublic_oth_info5.blade.php > src/ice710009_BigdataPublic_oth_info5.rendered.html
python3 $T/html_blocks.py src/ice710009_BigdataPublic_oth_info5.rendered.html docs/f23_02_taiwan_jiaoda_jingfei_jihe.txt "國立交通大學資訊公開專區" >/dev/null
G f23_02_taiwan_jiaoda_jingfei_jihe.txt "國立交通大學資訊公開專區" '[[3,1],[19,1]]'
# 03 江西师范大学 迎新服务网站 page 「入学教育」 (PHP page; its <?php echo "…"; ?> is replaced by the echoed text and its other
#    PHP blocks (an include) removed, as the served page shows them; teaser cards with h3 titles)
perl -0pe 's/<\?php\s+echo\s+"([^"]*)";\s*\?>/$1/g; s/<\?php.*?\?>//gs' src/StevenT1_news_right-sidebar.php > src/StevenT1_news_right-sidebar.rendered.html
python3 $T/html_blocks.py src/StevenT1_news_right-sidebar.rendered.html docs/f23_03_jiangxi_shida_ruxue_jiaoyu.txt "江西师范大学-迎新服务网站" --drop-first-if-title >/dev/null
G f23_03_jiangxi_shida_ruxue_jiaoyu.txt "江西师范大学-迎新服务网站" '[[11,1],[14,1],[17,1],[20,1]]'
# 04 武汉科技大学2016年全日制普通本科招生章程 (JSP page of an open-day site; 一、–八、, 十、 (no 九、 in the source) over numbered articles 1.–23.)
python3 $T/html_blocks.py src/zhangruinian_wust-openDay_cruitregu.jsp docs/f23_04_zhaosheng_zhangcheng_wuhan_keji.txt "招生章程" --drop-first-if-title >/dev/null
G f23_04_zhaosheng_zhangcheng_wuhan_keji.txt "招生章程" '[[4,1],[6,1],[8,1],[10,1],[13,1],[16,1],[28,1],[33,1],[35,1]]'
# 05 the same site's side panel (right.jsp): boxes 咨询区 / 热点问答 / 学院风采; under 热点问答 eight 问：…？ questions (one without
#    '问：') in div.con_header, each answered by 答：… paragraphs. Page title as scraped (无标题文档).
python3 $T/html_blocks.py src/zhangruinian_wust-openDay_right.jsp docs/f23_05_wenda_zhaosheng_wuhan_keji.txt "无标题文档" --drop-first-if-title >/dev/null
G f23_05_wenda_zhaosheng_wuhan_keji.txt "无标题文档" '[[2,1],[6,1],[7,2],[10,2],[12,2],[16,2],[18,2],[21,2],[23,2],[25,2],[29,1]]'
# 06 中国 DevOps 社区 网站维护团队工作会议 minutes (Hugo post; #### 参会者 / #### 会议纪要)
python3 $T/make_md_doc.py src/DevopsChina_devopsmeetup_web-team-meeting-1.md f23_06_huiyi_jiyao_devops_wangzhan heldout --levels 4 --fresh
# 07 2020年首届DevOps流水线大赛总结 (Hugo post; #### sections, ##### sub-sections; 1）… criteria lines are list items)
python3 $T/make_md_doc.py src/DevopsChina_devopsmeetup_recap-2020-pipeline-craft.md f23_07_zongjie_devops_liushuixian_dasai heldout --levels 4,5 --fresh
# 08 WCNG 新生软件培训思路 (Hexo post of a student lab's trainer; ### 1. **团队合作** … ### 6. **进阶**)
python3 $T/make_md_doc.py src/zthxxx_20161020-WCNG-Fresh-Student-Training-Ideas.md f23_08_peixun_silu_wncg_xinsheng heldout --levels 3 --fresh
# 09 WNCG 软件组第二次培训大纲 (same blog; ### 预课程部分 / ### 正课部分; under 正课部分 the bold stand-alone numbered lines
#    1. **博客** … 8. **文档规范** each title a block of indented notes (depth 2); the plain numbered steps and lists
#    under 预课程部分 are list items. Gold written by hand from those lines.)
python3 $T/make_md_doc.py src/zthxxx_20161023-WNCG-Software-Group-Second-Training-Syllabus.md f23_09_peixun_dagang_wncg_dierci heldout --levels 3 --fresh
G f23_09_peixun_dagang_wncg_dierci.txt "WNCG 软件组第二次培训大纲" '[[3,1],[86,1],[88,2],[110,2],[120,2],[142,2],[150,2],[172,2],[186,2],[231,2]]'
# 10 卡斯柯 VCU 团队软件工程师 2025年度工作总结 (Markdown; ## 一、…八、, ### 1.1, #### 3.1.1; ## 📊 年度成果概览 and ## 目录 are
#    headings too; the 目录's list lines are not)
python3 $T/make_md_doc.py src/clarkFist_2024_niandu_gongzuo_zongjie.md f23_10_niandu_gongzuo_zongjie_vcu heldout --levels 2,3,4 --fresh
# 11 RB99125046 安全运算与控制平台（VCU）项目例会会议纪要 2025-09-19 (Markdown; ## 1.–6., ### 3.1 / unnumbered, #### 3.1.1; the bold
#    field labels **已完成工作：** / **存在问题：** … inside each module are not headings)
python3 $T/make_md_doc.py src/clarkFist_VCU_xiangmu_lihui_jiyao_20250919.md f23_11_huiyi_jiyao_vcu_xiangmu_lihui heldout --levels 2,3,4 --fresh
# 12 the same CRM's 电（扶）梯设备安装合同 template (masterplate_2.jsp; 一、–十六、, and, marked id="biaoti" like them, the labels
#    付款时注意事项： / 发票开具事项： under 三、 and 1、甲方权利和义务： / 2、乙方权利和义务： under 六、 (depth 2))
python3 $T/html_blocks.py src/jfory_SouthEastElevatorCRM_masterplate_2.jsp docs/f23_12_hetong_dianti_anzhuang.txt "电（扶）梯设备安装合同" --drop-first-if-title >/dev/null
G f23_12_hetong_dianti_anzhuang.txt "电（扶）梯设备安装合同" \
 '[[25,1],[27,1],[38,1],[43,2],[46,2],[48,1],[50,1],[52,1],[54,2],[68,2],[79,1],[86,1],[95,1],[100,1],[109,1],[114,1],[116,1],[118,1],[123,1],[132,1]]'
# check every gold against its document
python3 $T/check_gold.py
