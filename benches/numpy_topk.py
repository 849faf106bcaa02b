"""Brute-force top-20 with NumPy over the same packed positions the Rust
benchmark ranks, by the same formula, for comparison.
Usage: numpy_topk.py DATA TARGET_INDEX.

DATA holds N records of 9 bytes: functions, primary, relations, status,
continuum, spaces (u8 each), formality as u16 in thousandths (65535 = not
answered), then the issue (u8, 0 = none). Each question the target answers
counts by weight 1, the issue by weight 2; a candidate's unknown answer
counts as the mean agreement over the candidates that answer it (worked
out once, before timing, as the Rust index does when it is built). Prints
the best time in ms and the top-20 indices.
"""
import sys
import time

import numpy as np

POP = np.array([bin(i).count("1") for i in range(256)], dtype=np.float64)
CONTINUUM = [0.0, 0.25, 0.5, 1.0]
ISSUE_WEIGHT = 2.0


def continuum_table():
    table = np.zeros((16, 16))
    points = lambda bits: [CONTINUUM[i] for i in range(4) if bits & (1 << i)]
    for a in range(1, 16):
        for b in range(1, 16):
            pa, pb = points(a), points(b)
            gap = lambda xs, ys: sum(min(abs(x - y) for y in ys) for x in xs) / len(xs)
            table[a, b] = 1.0 - (gap(pa, pb) + gap(pb, pa)) / 2.0
    return table


def agreements(cols, target, table):
    """Per counted part: (weight, known mask, agreement array)."""
    f, p, rel, st, co, sp, fo, iss = cols
    tf, tp, trel, tst, tco, tsp, tfo, tiss = target
    parts = []
    if tf:
        low = POP[f & tf] + POP[p & tp]
        high = np.maximum(POP[f | tf] + POP[p | tp], 1)
        parts.append((1.0, f != 0, low / high))
    if tfo != 65535:
        parts.append((1.0, fo != 65535, 1.0 - np.abs(fo.astype(np.float64) - float(tfo)) / 1000.0))
    for mine, theirs in ((trel, rel), (tst, st), (tsp, sp)):
        if mine:
            parts.append((1.0, theirs != 0, POP[theirs & mine] / np.maximum(POP[theirs | mine], 1)))
    if tco:
        parts.append((1.0, co != 0, table[co, tco]))
    if tiss:
        parts.append((ISSUE_WEIGHT, iss != 0, (iss == tiss).astype(np.float64)))
    return parts


def expectations(parts):
    return [agree[known].mean() if known.any() else 0.5 for _, known, agree in parts]


def top20(parts, expected):
    total = sum(weight for weight, _, _ in parts)
    score = np.zeros(len(parts[0][1]))
    for (weight, known, agree), mean in zip(parts, expected):
        score += weight / total * np.where(known, agree, mean)
    best = np.argpartition(-score, 20)[:20]
    return best[np.lexsort((best, -score[best]))]


def main():
    raw = np.fromfile(sys.argv[1], dtype=np.uint8).reshape(-1, 9)
    target_index = int(sys.argv[2])
    cols = [raw[:, i] for i in range(6)] + [raw[:, 6:8].copy().view(np.uint16).ravel(), raw[:, 8]]
    target = [int(c[target_index]) for c in cols]
    table = continuum_table()
    expected = expectations(agreements(cols, target, table))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        best = top20(agreements(cols, target, table), expected)
        times.append(time.perf_counter() - start)
    print(f"{min(times) * 1000:.3f}")
    print(" ".join(str(i) for i in best))


main()
