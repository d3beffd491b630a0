#!/bin/bash
# usage: chk.sh owner/name ...  -> prints any hit in the exclusion/used lists, other helpers' REPOS.txt and the corpus PROVENANCE
for r in "$@"; do
 echo "== $r"
 grep -il -- "$r" /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/*/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md 2>/dev/null | grep -v "^/work/dev32/"
done
