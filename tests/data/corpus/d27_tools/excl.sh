#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of dev set 27
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh27/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md $(ls /work/*/REPOS.txt | grep -v /work/dev27/)"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
