#!/bin/bash
# usage: excl.sh owner/repo  -> prints where it is named (empty = free)
r="$1"
cd /work
for f in wt/h9/REPOS5.txt fresh6/REPOS.txt fresh6/PROVENANCE.md wt/h9/tests/data/corpus/PROVENANCE.md wt/h10/tests/data/cleaning/PROVENANCE.md fresh7/REPOS.txt fresh8/REPOS.txt fresh9/REPOS.txt fresh10/REPOS.txt wt/h11/REPOS13.txt wt/h12/REPOS14.txt wt/h9/REPOS15.txt wt/h10/REPOS16.txt main/tests/data/corpus/PROVENANCE.md main/tests/data/cleaning/PROVENANCE.md briefs/issue-9.md fresh11/REPOS.txt; do
  [ -f "$f" ] && grep -qiF "$r" "$f" && echo "EXCLUDED in $f"
done
# also other workers' dirs
grep -rliF "$r" /work/fresh*/REPOS.txt /work/wt/*/REPOS*.txt 2>/dev/null | sed 's/^/named in /'
exit 0
