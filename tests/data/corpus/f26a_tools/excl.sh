#!/bin/bash
# usage: excl.sh owner/name ... ; prints HIT lines for any list containing the repo
for r in "$@"; do
  hit=0
  for f in /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh26b/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md; do
    if grep -qiF -- "$r" "$f"; then echo "HIT $r in $f"; hit=1; fi
  done
  for f in /work/*/REPOS.txt; do [ "$f" = /work/fresh26a/REPOS.txt ] && continue; grep -qiF -- "$r" "$f" 2>/dev/null && { echo "HIT $r in $f"; hit=1; }; done
  [ $hit = 0 ] && echo "CLEAN $r"
done
