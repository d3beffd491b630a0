#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of fresh set 38
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev38/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md"
for f in /work/*/REPOS.txt; do [ "$f" != /work/fresh38/REPOS.txt ] && L="$L $f"; done
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
