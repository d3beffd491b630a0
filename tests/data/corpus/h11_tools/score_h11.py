"""Score the outline over the h11 documents only (the scoring of bench/outline_eval.py); run from the repository root."""
import sys, statistics
sys.path.insert(0, 'bench'); sys.path.insert(0, '.')
import outline_eval as oe
rows = [oe.score(p) for p in sorted((oe.CORPUS / 'gold').glob(sys.argv[1] if len(sys.argv) > 1 else 'h11_*.json'))]
for r in rows:
    print(f"{r['file']:45} gold {r['gold']:3d} found {r['found']:3d} P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f} depth {r['depth']:.2f}")
    for k in ('missed', 'extra', 'wrong_depth'):
        if r[k]: print('   ', k, r[k])
print(f"macro n={len(rows)} F1 {statistics.mean(r['f1'] for r in rows):.3f} depth {statistics.mean(r['depth'] for r in rows):.3f} P {statistics.mean(r['precision'] for r in rows):.3f} R {statistics.mean(r['recall'] for r in rows):.3f}")
