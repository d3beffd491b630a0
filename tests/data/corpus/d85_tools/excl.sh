#!/bin/bash
# usage: excl.sh owner/repo ... -> prints hits in the exclusion lists named in the brief of dev set 85
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh81/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md"
for r in "$@"; do
hit=$(grep -il -- "$r" $L $(ls /work/*/REPOS.txt 2>/dev/null | grep -v dev85) 2>/dev/null | tr '\n' ' ')
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
done
