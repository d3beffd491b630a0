#!/bin/bash
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh61/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/dev61/REPOS.txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
