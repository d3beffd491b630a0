#!/bin/bash
# usage: excl.sh owner/name ... ; prints ok or HIT (with where) per repository
for r in "$@"; do
  o=${r%%/*}; hit=""
  grep -qixF "$r" /work/briefs/ISSUE_EXCLUDED.txt && hit="$hit ISSUE_EXCLUDED"
  grep -qi "^$o/" /work/briefs/ISSUE_EXCLUDED.txt && hit="$hit excluded-owner"
  grep -qixF "$r" /work/briefs/USED_REPOS.txt && hit="$hit USED"
  for f in /work/*/REPOS.txt /work/main/tests/data/corpus/*_tools/REPOS.txt; do
    [ "$f" = /work/fresh61/REPOS.txt ] && continue
    grep -qiF "$r" "$f" 2>/dev/null && hit="$hit $f"
  done
  grep -qiF "$r" /work/main/tests/data/corpus/PROVENANCE.md && hit="$hit corpus-PROVENANCE"
  grep -qiF "$r" /work/main/tests/data/cleaning/PROVENANCE.md 2>/dev/null && hit="$hit cleaning-PROVENANCE"
  [ -z "$hit" ] && echo "ok $r" || echo "HIT $r:$hit"
done
