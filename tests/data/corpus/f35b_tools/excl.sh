#!/bin/bash
# usage: excl.sh owner/name ... ; prints FREE or the list that holds it
for r in "$@"; do
  hit=$(grep -lix -F "$r" /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/*/REPOS.txt 2>/dev/null; grep -il -F "$r" /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md /work/*/REPOS.txt /work/main/tests/data/corpus/*_tools/REPOS.txt 2>/dev/null)
  if [ -z "$hit" ]; then echo "FREE $r"; else echo "TAKEN $r: $(echo $hit | tr '\n' ' ')"; fi
done
