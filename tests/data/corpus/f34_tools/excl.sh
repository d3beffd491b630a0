#!/bin/bash
# usage: excl.sh owner/name  -> prints EXCLUDED/USED/DEV/PROV hits or FREE
r="$1"; hit=0
grep -qix "$r" /work/briefs/ISSUE_EXCLUDED.txt && { echo EXCLUDED; hit=1; }
grep -qi "^$r\b" /work/briefs/USED_REPOS.txt && { echo USED; hit=1; }
grep -qi "$r" /work/dev34/REPOS.txt 2>/dev/null && { echo DEV34; hit=1; }
grep -qi "$r" /work/main/tests/data/corpus/PROVENANCE.md && { echo PROV; hit=1; }
grep -qi "$r" /work/fresh34/REPOS.txt 2>/dev/null && { echo MINE; hit=1; }
[ $hit = 0 ] && echo FREE
