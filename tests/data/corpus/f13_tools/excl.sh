#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in all exclusion lists
r="$1"
L="/work/wt/h9/REPOS5.txt /work/fresh6/REPOS.txt /work/fresh6/PROVENANCE.md /work/wt/h9/tests/data/corpus/PROVENANCE.md /work/wt/h10/tests/data/cleaning/PROVENANCE.md /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/briefs/issue-9.md /work/fresh7/REPOS.txt /work/fresh8/REPOS.txt /work/fresh9/REPOS.txt /work/fresh10/REPOS.txt /work/fresh11/REPOS.txt /work/fresh12/REPOS.txt /work/main/REPOS13.txt /work/main/REPOS14.txt /work/main/REPOS15.txt /work/main/REPOS16.txt /work/main/REPOS17.txt /work/main/REPOS18.txt"
hit=$(grep -il -- "$r" $L 2>/dev/null)
# also check repo name alone (owner may differ in notes)
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
