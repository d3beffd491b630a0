#!/bin/bash
# usage: excl.sh owner/repo  -> prints where it is named (empty = free)
r="$1"
cd /work
for f in wt/h9/REPOS5.txt fresh6/REPOS.txt fresh6/PROVENANCE.md wt/h9/tests/data/corpus/PROVENANCE.md wt/h10/tests/data/cleaning/PROVENANCE.md fresh7/REPOS.txt fresh8/REPOS.txt fresh9/REPOS.txt fresh10/REPOS.txt fresh11/REPOS.txt main/REPOS13.txt main/REPOS14.txt main/REPOS15.txt main/REPOS16.txt wt/h9/REPOS18.txt wt/h10/REPOS17.txt main/tests/data/corpus/PROVENANCE.md main/tests/data/cleaning/PROVENANCE.md briefs/issue-9.md; do
  [ -f "$f" ] && grep -qiF "$r" "$f" && echo "EXCLUDED in $f"
done
grep -rliF "$r" /work/fresh*/REPOS.txt /work/fresh*/PROVENANCE.md /work/wt/*/REPOS*.txt /work/main/REPOS*.txt 2>/dev/null | grep -v fresh12 | sed 's/^/named in /'
exit 0
