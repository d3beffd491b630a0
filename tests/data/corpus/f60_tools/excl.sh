#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of fresh set 60
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev60/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md $(ls /work/*/REPOS.txt 2>/dev/null | grep -v fresh60)"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
