#!/bin/bash
# chk.sh owner/name : is it excluded, used, taken by fresh51, or in PROVENANCE?
for r in "$@"; do
  hit=$(grep -il -F "$r" /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh51/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/dev51/REPOS.txt 2>/dev/null | tr '\n' ' ')
  echo "$r: ${hit:-FREE}"
done
