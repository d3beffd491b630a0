#!/bin/sh
# Rebuild the h13 documents and golds from their sources (fetch each file at the commit named in PROVENANCE.md into
# SRC as git.md, docker.md, redis.md, chm.md, k8s.md). Pages with no title of their own (no front matter, no `#`)
# get their file name as a `#` title line above them, so that the converter keeps their first section (as h11 did).
set -e
SRC=${1:?usage: rebuild.sh SRC}
M=tests/data/corpus/make_md_doc.py
(printf '# Git\n\n'; cat "$SRC/git.md") > "$SRC/git_t.md"
python $M "$SRC/git_t.md" h13_01_notes_git_gaoji_caozuo dev --levels 2
(printf '# docker\n\n'; cat "$SRC/docker.md") > "$SRC/docker_t.md"
python $M "$SRC/docker_t.md" h13_02_notes_docker_rumen dev --levels 2
(printf '# rdb&aof\n\n'; cat "$SRC/redis.md") > "$SRC/redis_t.md"
python $M "$SRC/redis_t.md" h13_03_notes_redis_chijiuhua dev --levels 2,3
(printf '# concurrenthashmap\n\n'; cat "$SRC/chm.md") > "$SRC/chm_t.md"
python $M "$SRC/chm_t.md" h13_04_notes_java_concurrenthashmap dev --levels 2,3
python $M "$SRC/k8s.md" h13_05_notes_k8s_rumen dev --levels 2,3,4,5
python tests/data/corpus/h13_tools/nest_depth.py h13_05_notes_k8s_rumen
rm -f "$SRC"/*_t.md
