"""Brute-force top-20 with NumPy over the same packed positions the Rust
benchmark ranks, for comparison. Usage: numpy_topk.py DATA TARGET_INDEX.

DATA holds N records of 8 bytes: functions, primary, relations, status,
continuum, spaces (u8 each), then formality as u16 in thousandths
(65535 = not answered). Prints the best time in ms and the top-20 indices.
"""
import sys
import time

import numpy as np

POP = np.array([bin(i).count("1") for i in range(256)], dtype=np.float64)
CONTINUUM = [0.0, 0.25, 0.5, 1.0]


def continuum_table():
    table = np.zeros((16, 16))
    points = lambda bits: [CONTINUUM[i] for i in range(4) if bits & (1 << i)]
    for a in range(1, 16):
        for b in range(1, 16):
            pa, pb = points(a), points(b)
            gap = lambda xs, ys: sum(min(abs(x - y) for y in ys) for x in xs) / len(xs)
            table[a, b] = 1.0 - (gap(pa, pb) + gap(pb, pa)) / 2.0
    return table


def jaccard(a, t):
    inter, union = POP[a & t], POP[a | t]
    return np.where((a != 0) & (t != 0), inter / np.maximum(union, 1), 0.0)


def top20(cols, target, table):
    f, p, rel, st, co, sp, fo = cols
    tf, tp, trel, tst, tco, tsp, tfo = target
    share = 1.0 / 6.0
    low = POP[f & tf] + POP[p & tp]
    high = np.maximum(POP[f | tf] + POP[p | tp], 1)
    score = np.where((f != 0) & (tf != 0), low / high, 0.0)
    known = (fo != 65535) & (tfo != 65535)
    score += np.where(known, 1.0 - np.abs(fo.astype(np.float64) - float(tfo)) / 1000.0, 0.0)
    score += jaccard(rel, trel) + jaccard(st, tst) + jaccard(sp, tsp)
    score += np.where((co != 0) & (tco != 0), table[co, tco], 0.0)
    score *= share
    best = np.argpartition(-score, 20)[:20]
    return best[np.lexsort((best, -score[best]))]


def main():
    raw = np.fromfile(sys.argv[1], dtype=np.uint8).reshape(-1, 8)
    target_index = int(sys.argv[2])
    cols = [raw[:, i] for i in range(6)] + [raw[:, 6:8].copy().view(np.uint16).ravel()]
    target = [c[target_index] for c in cols]
    table = continuum_table()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        best = top20(cols, target, table)
        times.append(time.perf_counter() - start)
    print(f"{min(times) * 1000:.3f}")
    print(" ".join(str(i) for i in best))


main()
