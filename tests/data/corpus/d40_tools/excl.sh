#!/bin/bash
# usage: excl.sh owner/repo ... -> prints hits in the exclusion lists named in the brief of dev set 40
for r in "$@"; do
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh40/REPOS.txt $(ls /work/*/REPOS.txt | grep -v /work/dev40/) /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md"
hit=$(grep -il -- "$r" $L 2>/dev/null | tr '\n' ' ')
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
done
