#!/bin/sh
# fresh6: rebuild docs/ and gold/ from the raw sources in src/ (plain python3; no reader code). Run from tools/.
set -e
python3 prep_twlaw_md.py src/curist_guoyou_caichan_fa.md src/curist_guoyou_caichan_fa.prep.md
python3 ../make_md_doc.py src/curist_guoyou_caichan_fa.prep.md f6_01_twlaw_guoyou_caichan_fa heldout --levels 2,3,4,5 --fresh
python3 gold_nest.py f6_01_twlaw_guoyou_caichan_fa src/curist_guoyou_caichan_fa.prep.md 2,3,4,5
python3 ../make_md_doc.py src/lnpaper_chapter4.md f6_02_paper_shandian_wangluo_htlc heldout --levels 1,3,4 --depth number --fresh
python3 ../make_md_doc.py src/advanced_java_limit_current.md f6_03_notes_xianliu_java heldout --levels 2,3,4 --fresh
python3 ../make_md_doc.py src/whthomas_gonggong_tushuguan_fa.md f6_04_law_gonggong_tushuguan_fa heldout --levels 9 --fresh
python3 gold_cn_law.py f6_04_law_gonggong_tushuguan_fa 中华人民共和国公共图书馆法
python3 prep_misc.py rthk src/rthk_local_ch.md src/rthk_local_ch.prep.md
python3 ../make_md_doc.py src/rthk_local_ch.prep.md f6_05_rss_xianggang_diantai_bendi heldout --levels 1 --fresh
python3 ../make_md_doc.py src/luxun_dengxia_manbi.md f6_06_essay_luxun_dengxia_manbi heldout --levels 9 --fresh
python3 gold_plain.py bare f6_06_essay_luxun_dengxia_manbi
python3 prep_twlaw_md.py src/curist_guwu_chuli_zhunze.md src/curist_guwu_chuli_zhunze.prep.md
python3 ../make_md_doc.py src/curist_guwu_chuli_zhunze.prep.md f6_07_rule_tw_gongkai_faxing_guwu_zhunze heldout --levels 2,3,4,5 --fresh
python3 gold_nest.py f6_07_rule_tw_gongkai_faxing_guwu_zhunze src/curist_guwu_chuli_zhunze.prep.md 2,3,4,5
python3 prep_misc.py gyoza src/gyoza_jobs_speech.md src/gyoza_jobs_speech.prep.md
python3 ../make_md_doc.py src/gyoza_jobs_speech.prep.md f6_08_speech_qiaobusi_sitanfu heldout --levels 2,3 --fresh
python3 prep_misc.py zuiming src/whthomas_zuiming_yijian.md src/whthomas_zuiming_yijian.prep.md
python3 ../make_md_doc.py src/whthomas_zuiming_yijian.prep.md f6_09_jud_zuiming_yijian heldout --levels 9 --fresh
python3 gold_plain.py chapters f6_09_jud_zuiming_yijian
python3 ../make_md_doc.py src/whthomas_shibohui_biaozhi_tiaoli.md f6_10_reg_shibohui_biaozhi_tiaoli heldout --levels 9 --fresh
python3 gold_cn_law.py f6_10_reg_shibohui_biaozhi_tiaoli 世界博览会标志保护条例
python3 ../make_md_doc.py src/recruit_issue_6012.md f6_11_job_shei_zai_zhaoren heldout --levels 1,2,3,4,5,6 --fresh
python3 gold_posts.py f6_11_job_shei_zai_zhaoren src/recruit_issue_6012.md
python3 check_gold.py | tail -1
