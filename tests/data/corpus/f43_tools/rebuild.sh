#!/bin/bash
# Rebuild every document and gold of fresh set 43 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh43
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 MIT 6.824 Lecture 03 GFS, Chinese transcript (GitBook pages README + 3.1–3.8 concatenated in SUMMARY.md order)
python3 $T/make_md_doc.py src/huihongxiao_MIT6.824_lecture-03-gfs.md f43_01_jiangzuo_mit6824_gfs heldout --levels 1 --fresh
# 02 研究组“源基金”开放基金项目 rules (Hugo book: section page + four sub-pages, each sub-page's front-matter title as its '# ' line)
python3 $T/hugo_concat.py src/SHUD-System_shud.xyz_openfunding_concat.md src/SHUD-System_shud.xyz_openfunding_index.md src/SHUD-System_shud.xyz_openfunding_{1-application,2-timeline,3-budget,4-closure}.md
python3 $T/make_md_doc.py src/SHUD-System_shud.xyz_openfunding_concat.md f43_02_guiding_yuanjijin_kaifang_jijin heldout --levels 1,2,3 --fresh
python3 $T/setdepth.py gold/f43_02_guiding_yuanjijin_kaifang_jijin.json 7=1 21=1 27=1
# 03 Transformer 英法翻译 project report (README.md; ## 一. / ### 1. / #### (1) as marked up; markers '一.' '(1)' set by fixmarkers.py)
python3 $T/make_md_doc.py src/KwaitRay_Transformer_translation_README.md f43_03_jishu_baogao_transformer_fanyi heldout --levels 2,3,4 --fresh
python3 $T/fixmarkers.py gold/f43_03_jishu_baogao_transformer_fanyi.json
# 04 MIT 6.S081 Lec03 OS Organization and System Calls, Chinese transcript (README + 3.1–3.9 in SUMMARY.md order; title's Markdown escapes '\(' '\)' rendered)
python3 $T/make_md_doc.py src/huihongxiao_MIT6.S081_lec03-os-organization.md f43_04_jiangzuo_mit6s081_os_zuzhi heldout --levels 1 --fresh --title "Lec03 OS Organization and System Calls (Frans)"
# 05 智能公共浴室管理系统 开题报告 (student project report; the file has no title heading: file name as line 1, first heading '# 修改历史' kept)
python3 $T/make_md_doc.py src/InsanityBy_SmartPublicBathroom_OpeningReport_SmartPublicBathroom.md f43_05_kaiti_baogao_zhineng_yushi heldout --levels 1,2,3,4 --fresh --keep-first-heading --title OpeningReport_SmartPublicBathroom
# 06 智能公共浴室管理系统 系统设计方案 (design review of the same student project; same layout as 05)
python3 $T/make_md_doc.py src/InsanityBy_SmartPublicBathroom_DesignReview_SmartPublicBathroom.md f43_06_sheji_pingshen_zhineng_yushi heldout --levels 1,2,3,4 --fresh --keep-first-heading --title DesignReview_SmartPublicBathroom
# 07 项目组组织合作规范 (a student open-source project team's rules: 一、–八、 are untitled numbered rules, so the gold is empty; signature images dropped)
python3 $T/make_md_doc.py src/UncleCatMySelf_HMStrange_specification.md f43_07_guifan_xiangmuzu_hezuo heldout --levels 2,3 --fresh
python3 $T/check_gold.py
