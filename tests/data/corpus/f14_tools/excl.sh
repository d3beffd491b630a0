#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in all exclusion lists named in the brief (case-insensitive)
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/devofficial/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/main/tests/data/corpus/f13_tools/REPOS.txt /work/main/REPOS1[3-8].txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
