#!/bin/bash
# usage: excl.sh owner/repo ... -> prints hits in the exclusion lists named in the brief of fresh set 59
for r in "$@"; do
o="${r%%/*}"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev59/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md $(ls /work/*/REPOS.txt /work/main/tests/data/corpus/*_tools/REPOS.txt 2>/dev/null | grep -v fresh59)"
hit=$(grep -il -- "$r" $L 2>/dev/null | tr '\n' ' ')
ohit=$(grep -i -- "^$o/" /work/briefs/ISSUE_EXCLUDED.txt)
if [ -n "$hit$ohit" ]; then echo "EXCLUDED $r: $hit $ohit"; else echo "ok $r"; fi
done
