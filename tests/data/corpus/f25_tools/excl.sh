#!/bin/bash
r="$1"
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/dev25/REPOS.txt /work/dev23/REPOS.txt /work/fresh23/REPOS.txt /work/dev24/REPOS.txt /work/fresh24/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/fresh25/REPOS.txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
