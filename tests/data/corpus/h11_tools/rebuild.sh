#!/bin/sh
# Rebuild the h11 documents and golds from their sources (fetch each file at the commit named in PROVENANCE.md into
# SRC as ftvm.md, redis.md, epoll.md, panic.md, spark.md). Two pages open with a `##` heading and have no title of
# their own: their file name is put above them as a `#` title line, so that the converter keeps their first section.
set -e
SRC=${1:?usage: rebuild.sh SRC}
M=tests/data/corpus/make_md_doc.py
python $M "$SRC/ftvm.md" h11_01_paper_ft_vm_fanyi dev --levels 2,3 \
    --title "The Design of a Practical System for Fault-Tolerant Virtual Machines"
python $M "$SRC/redis.md" h11_02_notes_redis_shuju_jiegou dev --levels 2,3
(printf '# io多路复用epoll\n\n'; cat "$SRC/epoll.md") > "$SRC/epoll_t.md"
python $M "$SRC/epoll_t.md" h11_03_notes_go_epoll dev --levels 2,3,4
python $M "$SRC/panic.md" h11_04_notes_go_panic_recover dev --levels 3 --title "错误处理机制"
(printf '# Spark\n\n'; cat "$SRC/spark.md") > "$SRC/spark_t.md"
python $M "$SRC/spark_t.md" h11_05_notes_spark_rdd dev --levels 2,3
