#!/bin/bash
# usage: excl.sh owner/repo  -> prints hits in exclusion lists (fresh9)
r="$1"
grep -il -- "$r" /work/wt/h9/REPOS5.txt /work/fresh6/REPOS.txt /work/fresh6/PROVENANCE.md /work/wt/h9/tests/data/corpus/PROVENANCE.md /work/wt/h10/tests/data/cleaning/PROVENANCE.md /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/briefs/issue-9.md /work/fresh7/REPOS.txt /work/fresh8/REPOS.txt /work/wt/h11/REPOS13.txt /work/wt/h12/REPOS14.txt /work/main/tests/data/corpus/*/rebuild.sh 2>/dev/null && echo "EXCLUDED $r" || echo "ok $r"
