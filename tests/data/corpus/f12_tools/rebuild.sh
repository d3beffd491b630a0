#!/bin/bash
# fresh12: rebuild every document and gold from src/ (runs no reader code). Run from anywhere.
set -e
cd /work/fresh12
cp src/legco/12-13-cm1010-translate-c.txt docs/f12_01_hk_lifahui_jilu.txt
python3 tools/sql_notice.py src/wlzx_oa.sql 63 docs/f12_02_notice_wenling_rencai_shenbao.txt
python3 tools/sql_notice.py src/wlzx_oa.sql 83 docs/f12_03_plan_wenzhong_deyu_jihua.txt
python3 tools/gitbook_doc.py src/lsdslam "LSD-SLAM: Large-Scale Direct Monocular SLAM Chinese Version [engel14eccv]" docs/f12_04_paper_lsdslam_fanyi.txt abstract.md introduction.md introduction/1.1-relatedwork.md introduction/1.2-contributions-and-outline.md preliminaires.md preliminaires/2.1-3d-rigid-body-and-similarity-transformations.md preliminaires/2.2-weighted-gauss-newton-optimization-on-lie-manifolds.md preliminaires/2.3-propagation-of-uncertainty.md large-scale-direct-monocular-slam.md large-scale-direct-monocular-slam/3.1-the-complete-method.md large-scale-direct-monocular-slam/3.2-map-representation.md large-scale-direct-monocular-slam/3.3-tracking-new-frames.md large-scale-direct-monocular-slam/3.4-depth-map-estimation.md large-scale-direct-monocular-slam/3.5-constraint-acquisition.md large-scale-direct-monocular-slam/3.6-map-optimization.md results.md results/4.1-qualitative-results.md results/4.2-quantitative-evaluation.md results/4.3-convergence.md conclusion.md reference.md
python3 tools/make_md_doc.py src/javanote/fanxing.md f12_05_notes_java_fanxing heldout --levels 2,3,4 --title 泛型 --keep-first --fresh
python3 tools/sql_job.py src/phpyun/phpyun_0617_529800e241_0.sql 47 docs/f12_06_job_sap_guwen.txt
python3 tools/rss_feed_text.py src/taipei/podcast.xml docs/f12_07_rss_taibei_shizheng_zhaiyao.txt
python3 tools/make_page.py src/learnweb/gj2.jsp docs/f12_08_notice_shangligong_zhaopin.txt '<div id="main">' '<%@include file="/bottom.jsp"'
for g in tools/gold_f12_0*.py; do python3 "$g"; done
python3 tools/check_gold.py
