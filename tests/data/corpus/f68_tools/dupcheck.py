"""usage: dupcheck.py "sentence" ... -> which corpus docs hold each sentence (whitespace removed on both sides)."""
import sys, os, re
D = '/work/main/tests/data/corpus/docs'
texts = {}
for f in os.listdir(D):
    try: texts[f] = re.sub(r'\s+', '', open(os.path.join(D, f), encoding='utf-8', errors='replace').read())
    except IsADirectoryError: pass
for s in sys.argv[1:]:
    k = re.sub(r'\s+', '', s)
    hits = [f for f, t in texts.items() if k in t]
    print(k, '->', hits[:3] or 'none')
