#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of dev set 53
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh53/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md $(ls /work/*/REPOS.txt | grep -v dev53)"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $(echo $hit|head -c 300)"; else echo "ok $r"; fi
