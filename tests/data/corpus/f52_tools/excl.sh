#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of fresh set 52
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev52/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/fresh52/REPOS.txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
