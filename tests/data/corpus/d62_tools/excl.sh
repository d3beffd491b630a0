#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of dev set 62
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh62/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/dev62/REPOS.txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
