#!/bin/bash
# usage: dup.sh "phrase1" "phrase2" ... -> hits of each phrase in the corpus docs and shared corpus
for p in "$@"; do echo "== $p: $(grep -rlF -- "$p" /work/main/tests/data/corpus/docs/ /work/shared/corpus/ /work/fresh7*/docs /work/dev7*/docs 2>/dev/null | grep -v /fresh85/ | head -3 | tr '\n' ' ')"; done
