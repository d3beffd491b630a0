#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists (brief of dev set 56)
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh57/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md $(ls /work/*/REPOS.txt /work/*/*/REPOS.txt 2>/dev/null | grep -v '^/work/dev57/REPOS.txt$')"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $(echo $hit | tr '\n' ' ')"; else echo "ok $r"; fi
