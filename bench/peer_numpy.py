#!/usr/bin/python3
"""numpy peer of shipload's engine: the same statistical model, vectorised.

Usage: peer_numpy.py MODEL.json N
MODEL.json is written by bench_engine from shipload's compiled model (the
same inputs, geometry table and thresholds).  Per sample, as lib/model.c:
draw the epistemic inputs (shares, tares, ratings, package masses, package
size level, stacking-limit step, margin level, dunnage), compute each cell's capacity min(geometry, floor(payload /
mass per unit)), split the containers over the cells with a multinomial,
and add cap x (sum of the fills) per cell: exact (one fill per container)
for cells of at most fill_exact containers, else one draw of the normal
with the fill sum's mean and variance, corrected for its skewness and
kurtosis (Cornish-Fisher, as sli_cf_sum), clipped to the physical range
(shipload adds the cumulants of a cargo's cells and draws once per cargo;
here each cell draws its own).  numpy's multinomial is
exact where shipload uses a normal approximation for binomials of variance
above 100 and one multivariate normal over the cargos for its pooled cells
(tested equivalent in tests/test_estimate.c).

Prints one line: seconds p05 p50 p95 (time of the sampling and the
quantiles, not of Python's start-up or the JSON read).
"""
import json
import sys
import time

import numpy as np


def draw(rng, d, n):
    """n draws of a distribution described as in bench_engine's JSON."""
    k = d["kind"]
    if k == "const":
        return np.full(n, d["a"])
    if k == "uniform":
        return rng.uniform(d["a"], d["b"], n)
    if k == "triangular":
        return rng.triangular(d["a"], d["b"], d["c"], n)
    if k == "pert":
        w = d["c"] - d["a"]
        al = 1 + 4 * (d["b"] - d["a"]) / w
        be = 1 + 4 * (d["c"] - d["b"]) / w
        return d["a"] + w * rng.beta(al, be, n)
    raise SystemExit("peer_numpy: distribution %s not supported" % k)


def shares(rng, kinds, n):
    """Share of each kind per sample; "rest" is 1 - the others (>= 0)."""
    s = np.zeros((len(kinds), n))
    rest = None
    for i, k in enumerate(kinds):
        if k["share"] == "rest":
            rest = i
        else:
            s[i] = draw(rng, k["share"], n)
    if rest is not None:
        s[rest] = np.maximum(1.0 - s.sum(axis=0), 0.0)
    return s


def cf_hold(z, a, big_a, big_b):
    """z held where w(z) rises: between the roots of A z^2 + 2 a z + B
    around 0 (as cf_hold in lib/model.c)."""
    lo = np.full(z.shape, -np.inf)
    hi = np.full(z.shape, np.inf)
    with np.errstate(divide="ignore", invalid="ignore"):
        lin = (big_a == 0) & (a != 0)
        r = -big_b / (2 * a)
        lo = np.where(lin & (r < 0), r, lo)
        hi = np.where(lin & (r >= 0), r, hi)
        disc = a * a - big_a * big_b
        quad = (big_a != 0) & (disc > 0)
        sq = np.sqrt(np.where(quad, disc, 0.0))
        r1 = np.where(quad, (-a - sq) / big_a, 0.0)
        r2 = np.where(quad, (-a + sq) / big_a, 0.0)
        rl, rh = np.minimum(r1, r2), np.maximum(r1, r2)
        lo = np.where(quad & (big_a < 0), rl, lo)
        hi = np.where(quad & (big_a < 0), rh, hi)
        hi = np.where(quad & (big_a > 0) & (rl > 0), rl, hi)
        lo = np.where(quad & (big_a > 0) & (rl <= 0), rh, lo)
    return np.clip(z, lo, hi)


def cf_sums(rng, f, counts, g1, g2):
    """Corrected normal sums of counts[i] fills (as sli_cf_sum)."""
    n = np.maximum(counts, 1).astype(float)
    s1, s2 = g1 / np.sqrt(n), g2 / n
    a, b, c = s1 / 6, s2 / 24, s1 * s1 / 36
    drop = 1 - 3 * b + 5 * c <= 0
    b, c = np.where(drop, 0.0, b), np.where(drop, 0.0, c)
    z = cf_hold(rng.standard_normal(counts.shape[0]), a, 3 * b - 6 * c,
                1 - 3 * b + 5 * c)
    w = z + a * (z * z - 1) + b * (z ** 3 - 3 * z) - c * (2 * z ** 3 - 5 * z)
    out = counts * f["mean"] + np.sqrt(counts) * f["sd"] * w
    return np.clip(out, counts * f["lo"], counts * f["hi"])


def fill_sums(rng, model, counts):
    """Sum of the fills of counts[i] containers, per sample."""
    f = model["fill"]
    thr = model["fill_exact"]
    if f["kind"] == "const":
        return counts * f["a"]
    out = cf_sums(rng, f, counts, model["fill_skew"], model["fill_exkurt"])
    small = np.nonzero((counts > 0) & (counts <= thr))[0]
    if small.size:
        x = draw(rng, f, small.size * thr).reshape(small.size, thr)
        mask = np.arange(thr)[None, :] < counts[small][:, None]
        out[small] = (x * mask).sum(axis=1)
    return out


def run(model, n, seed=1):
    rng = np.random.default_rng(seed)
    types, cargo = model["types"], model["cargo"]
    nt, nc = len(types), len(cargo)
    ts = shares(rng, types, n)
    cs = shares(rng, cargo, n)
    payload = [draw(rng, t["gross"], n) - draw(rng, t["tare"], n) for t in types]
    dunnage = draw(rng, model["dunnage"], n)
    ml = model["margin_levels"]
    margin = np.minimum((rng.random(n) * ml).astype(int), ml - 1)
    total = np.zeros(n)
    caps = np.zeros((nt, nc, n))
    for c, g in enumerate(cargo):
        if not g["munition"]:
            continue
        if g["packaged"]:
            ug = sum(draw(rng, p["gross"], n) / p["units"] for p in g["packages"])
        else:
            ug = draw(rng, g["unit_mass"], n)
        if g["sized"]:
            level = np.minimum((rng.random(n) * model["levels"]).astype(int),
                               model["levels"] - 1)
        else:
            level = np.full(n, model["levels"])  # the nominal entry
        k = g["stack_steps"]
        step = (np.minimum((rng.random(n) * k).astype(int), k - 1) if k > 1
                else np.zeros(n, dtype=int))
        for t in range(nt):
            p = payload[t] - (dunnage if g["packaged"] else 0.0)
            w = np.where(p > 0, np.floor(p / ug), 0.0)
            geo = np.asarray(g["geometry"][t], dtype=float)[margin, step, level]
            caps[t, c] = np.where((geo >= 0) & (geo < w), geo, w)
    pv = (ts[:, None, :] * cs[None, :, :]).reshape(nt * nc, n).T
    pv /= pv.sum(axis=1, keepdims=True)
    counts = rng.multinomial(int(model["containers"]), pv)
    for cell in range(nt * nc):
        t, c = divmod(cell, nc)
        if not cargo[c]["munition"]:
            continue
        total += caps[t, c] * fill_sums(rng, model, counts[:, cell])
    return np.percentile(total, [5, 50, 95])


def main():
    with open(sys.argv[1]) as f:
        model = json.load(f)
    n = int(sys.argv[2])
    t0 = time.perf_counter()
    q = run(model, n)
    t1 = time.perf_counter()
    print("%.6f %.1f %.1f %.1f" % (t1 - t0, q[0], q[1], q[2]))


if __name__ == "__main__":
    main()
