#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of fresh set 57
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev57/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md"
hit=$(grep -il -- "$r" $L /work/*/REPOS.txt 2>/dev/null | grep -v '^/work/fresh57/')
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
