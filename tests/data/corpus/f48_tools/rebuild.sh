#!/bin/bash
# Rebuild every document and gold of fresh set 48 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh48
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 开题报告 (Kirayu173/wzh, plain text, no title line in the source: the file name is line 1)
python3 $T/txt_doc.py src/Kirayu173_wzh_kaiti_baogao.txt docs/f48_01_kaiti_baogao_nongchanpin_suyuan.txt 开题报告
G f48_01_kaiti_baogao_nongchanpin_suyuan.txt 开题报告 '[[2,1],[3,2,"选题目的"],[5,2,"研究意义"],[7,1],[12,1],[16,1],[37,1]]'
# 02 题目分数功能实现工作报告 (LengNingguang/Question_DB, Markdown ## 一、 / ### 2.1)
python3 $T/make_md_doc.py src/LengNingguang_Question_DB_gongzuo_baogao.md f48_02_gongzuo_baogao_timu_fenshu heldout --levels 2,3 --fresh
# 03 富安居/建设银行 news feature (wangz-code/line-web, WeChat article HTML inside a Nuxt page; <Head> dropped, page <Title> is line 1)
python3 $T/vue_template.py src/wangz-code_line-web_khjz_faj_qd.vue src/wangz-code_line-web_khjz_faj_qd_template.html
python3 $T/html_blocks.py src/wangz-code_line-web_khjz_faj_qd_template.html docs/f48_03_xinwen_fuanju_jianhang_qianyue.txt "最新资讯 | 广西富安居集团与建设银行签订战略合作协议" --drop-first-if-title >/dev/null
G f48_03_xinwen_fuanju_jianhang_qianyue.txt "最新资讯 | 广西富安居集团与建设银行签订战略合作协议" '[[4,1],[5,1],[10,1],[12,1]]'
# 04 百佳联盟广东行 news feature (same repository; 第X站 subheads, member list, 关于 box)
python3 $T/vue_template.py src/wangz-code_line-web_hdzx_gdx.vue src/wangz-code_line-web_hdzx_gdx_template.html
python3 $T/html_blocks.py src/wangz-code_line-web_hdzx_gdx_template.html docs/f48_04_xinwen_baijia_lianmeng_guangdong_xing.txt "「再起航：百佳联盟广东行第二季完美落幕" --drop-first-if-title >/dev/null
G f48_04_xinwen_baijia_lianmeng_guangdong_xing.txt "「再起航：百佳联盟广东行第二季完美落幕" '[[11,1],[15,1],[19,1],[24,1],[28,1],[33,1],[53,1]]'
# 05 研究报告 (BUAA-ALFSC/final-project-zf2521107, Markdown ## 1. / ### 2.1 / #### 3.3.1) + the three bold stand-alone 方案 lines under 2.3 (depth 3, added by hand)
python3 $T/make_md_doc.py src/BUAA-ALFSC_final-project-zf2521107_yanjiu_baogao.md f48_05_yanjiu_baogao_pinn_yuanxuexi heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = '/work/fresh48/gold/f48_05_yanjiu_baogao_pinn_yuanxuexi.json'
d = json.load(open(p, encoding='utf-8'))
L = open('/work/fresh48/docs/' + d['file'], encoding='utf-8').read().split('\n')
for ln in (50, 56, 70):
    assert L[ln - 1].startswith('方案'), L[ln - 1]
    d['headings'].append({'depth': 3, 'marker': '', 'title': L[ln - 1].strip(), 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 项目工作总结 (asd1588/TZL-ppt, Markdown ## 一、 / ### 2.1 / ### 坑 N：)
python3 $T/make_md_doc.py src/asd1588_TZL-ppt_gongzuo_zongjie.md f48_06_gongzuo_zongjie_ppt_wangzhan heldout --levels 2,3 --fresh
# 07 讲稿 (china20000420/PPT_0622 at 7672628, the 30-slide version; Markdown ## Slide N · 标题, one heading per slide)
python3 $T/make_md_doc.py src/china20000420_PPT_0622_yanjianggao.md f48_07_jianggao_yuxunlian_shuju_pinjie heldout --levels 2 --fresh
# 08 中交建筑集团 管理创新工作管理办法（试行） (Weeexiao/CL-of-D, PDF extract with hard line wraps and page numbers; 第X章 / 第X条 / 附件N with 一、（一） inside the annexes)
python3 $T/txt_doc.py src/Weeexiao_CL-of-D_guanli_banfa.txt docs/f48_08_guanli_banfa_zhongjiao_jianzhu_chuangxin.txt "中交建筑集团有限公司管理创新工作管理办法（试行）"
G f48_08_guanli_banfa_zhongjiao_jianzhu_chuangxin.txt "中交建筑集团有限公司管理创新工作管理办法（试行）" '[[6,1],[7,2],[18,2],[39,2],[40,2],[44,1],[45,2],[57,2],[64,1],[65,2],[127,1],[128,2],[136,1],[137,2],[139,2],[165,1],[166,2],[169,2],[171,2],[177,2],[179,2],[182,1],[183,2],[186,2],
 [195,1,"附件1",""],[210,1,"附件2",""],[213,2],[219,3],[223,3],[228,3,"先进程度"],[235,2],[239,3],[245,3,"可操作性"],[250,3,"应用程度（5分）"],[255,3,"推广范围（12分）"],[261,2],[265,3],[269,3,"管理效益（10分）"],[275,3],[279,2],
 [283,1,"附件 3",""],[316,1,"附件4",""],[319,2],[356,2],[362,2]]'
# 09 项目答辩报告 (zhj625/1, Markdown ## 一、 / ### 1.1 / #### 3.1.1 and unnumbered #### table names, ## 附录 with ### modules)
python3 $T/make_md_doc.py src/zhj625_1_xiangmu_dabian_baogao.md f48_09_dabian_baogao_tushuguan_xitong heldout --levels 2,3,4 --fresh
# 10 10 分钟演讲稿 (asialin007/skill-teach, Markdown ## 01 封面，约 30 秒 … ## 11; marker = the two-digit page number)
python3 $T/make_md_doc.py src/asialin007_skill-teach_yanjianggao.md f48_10_jianggao_youxiu_skill heldout --levels 2 --fresh
# 11 南昌工程学院60周年校庆 site template's 新闻详情 page (lzp0305/nit60years, saved HTML, chrome kept; the article has no section headings and its title line repeats the document title: gold is empty)
python3 $T/html_blocks.py src/lzp0305_nit60years_xinwen_xiangqing.html docs/f48_11_xinwen_wangye_nanchang_gongcheng_xiaoqing.txt "南昌工程学院60周年校庆" --drop-first-if-title >/dev/null
G f48_11_xinwen_wangye_nanchang_gongcheng_xiaoqing.txt "南昌工程学院60周年校庆" '[]'
python3 $T/check_gold.py
