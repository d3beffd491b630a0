#!/bin/bash
r="$1"
grep -il -- "$r" /work/wt/h9/REPOS5.txt /work/fresh6/REPOS.txt /work/fresh6/PROVENANCE.md /work/wt/h9/tests/data/corpus/PROVENANCE.md /work/wt/h10/tests/data/cleaning/PROVENANCE.md /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/briefs/issue-9.md /work/fresh7/REPOS.txt /work/fresh7/PROVENANCE.md /work/fresh6/tools/* /work/fresh7/tools/* 2>/dev/null && echo "EXCLUDED $r" || echo "ok $r"
