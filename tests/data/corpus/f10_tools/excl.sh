#!/bin/bash
# usage: excl.sh owner/repo  -> prints hits in exclusion lists (fresh10)
r="$1"
files=$(ls /work/fresh[0-9]/REPOS.txt /work/fresh[0-9]/PROVENANCE.md /work/wt/*/REPOS*.txt /work/wt/h9/tests/data/corpus/PROVENANCE.md /work/wt/h10/tests/data/cleaning/PROVENANCE.md /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/briefs/issue-9.md /work/main/tests/data/corpus/*/rebuild.sh /work/main/tests/data/corpus/*/REPOS.txt 2>/dev/null)
grep -il -- "$r" $files && echo "EXCLUDED $r" || echo "ok $r"
