#!/bin/bash
# usage: excl.sh owner/name ... ; prints ok or the lists that name it
for r in "$@"; do
  hits=$(grep -ilF -- "$r" /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/*/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md 2>/dev/null | grep -v '^/work/fresh58/' | tr '\n' ' ')
  own=$(cut -f1 /work/briefs/ISSUE_EXCLUDED.txt | cut -d/ -f1 | grep -ixF -- "${r%%/*}")
  if [ -n "$hits$own" ]; then echo "$r: TAKEN $hits ${own:+owner-excluded}"; else echo "$r: ok"; fi
done
