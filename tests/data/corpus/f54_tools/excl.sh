#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of fresh set 54
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev54/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/fresh54/REPOS.txt $(ls /work/*/REPOS.txt /work/main/tests/data/corpus/*/REPOS.txt 2>/dev/null | grep -v fresh54 | tr '\n' ' ')"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
