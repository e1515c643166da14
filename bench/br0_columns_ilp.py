#!/usr/bin/env python3
"""bench/br0_columns_ilp.py - an exact check of one kind of BR0 layout.

Model (a) of docs/packing.md ("what an exact solver says"): the floor
587 x 233 is packed, not necessarily by guillotine cuts, with full-height
homogeneous columns; a column type is an allowed vertical dimension c with
one of the two turns of the other two as its footprint, and holds
floor(220 / c) boxes.  Such a layout is always fully supported.  Columns
sit at normal positions (sums of footprint sides); no two overlap, which
is checked at every pair of normal positions (two rectangles at normal
positions overlap exactly when both cover the larger of their corners);
the count is capped at the instance's copies.  The integer programme is
written in LP format and solved by CBC, an experiment tool only (not a
dependency of the library or its tests): `sh bench/br0_ilp.sh` installs
it with apt-get when missing and runs this script.

Usage: br0_columns_ilp.py DATA.tsv INSTANCE [SECONDS]
Prints the instance, the optimum CBC found, its status and time.
"""
import os
import subprocess
import sys
import tempfile

L, W, H = 587, 233, 220


def load(path, inst):
    for line in open(path):
        f = line.split()
        if f and f[0] == str(inst):
            return dict(l=int(f[1]), w=int(f[2]), h=int(f[3]), vert=f[4],
                        copies=int(f[5]))
    sys.exit(f"br0_columns_ilp: no instance {inst} in {path}")


def normal(dims, cap):
    reach = [False] * (cap + 1)
    reach[0] = True
    for v in range(cap + 1):
        if reach[v]:
            for d in dims:
                if v + d <= cap:
                    reach[v + d] = True
    return [v for v in range(cap + 1) if reach[v]]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.split("Usage: ")[1].split("\n")[0])
    r = load(sys.argv[1], int(sys.argv[2]))
    secs = int(sys.argv[3]) if len(sys.argv) == 4 else 300
    d = {"l": r["l"], "w": r["w"], "h": r["h"]}
    types = {}
    for v in r["vert"]:
        a, b = (d[k] for k in "lwh" if k != v)
        for fp in ((a, b), (b, a)):
            types[fp] = max(types.get(fp, 0), H // d[v])
    xd = sorted({a for a, _ in types})
    yd = sorted({b for _, b in types})
    X = normal(xd, L - min(xd))
    Y = normal(yd, W - min(yd))
    var = [(i, j, a, b, v) for (a, b), v in sorted(types.items())
           for i in X if i + a <= L for j in Y if j + b <= W]
    cover = {}
    for k, (i, j, a, b, _) in enumerate(var):
        for p in X:
            if i <= p < i + a:
                for q in Y:
                    if j <= q < j + b:
                        cover.setdefault((p, q), []).append(k)
    obj = " + ".join(f"{v[4]} x{k}" for k, v in enumerate(var))
    with tempfile.TemporaryDirectory() as tmp:
        lp = os.path.join(tmp, "m.lp")
        sol = os.path.join(tmp, "m.sol")
        with open(lp, "w") as f:
            f.write(f"Maximize\n obj: {obj}\nSubject To\n")
            for n, ks in enumerate(cover.values()):
                if len(ks) > 1:
                    f.write(f" c{n}: " + " + ".join(f"x{k}" for k in ks) +
                            " <= 1\n")
            f.write(f" cap: {obj} <= {r['copies']}\n")
            f.write("Binary\n" + "\n".join(f" x{k}" for k in
                                           range(len(var))) + "\nEnd\n")
        log = subprocess.run(["cbc", lp, "sec", str(secs), "threads", "1",
                              "solve", "solu", sol], capture_output=True,
                             text=True).stdout
    status = objective = cpu = "?"
    for line in log.splitlines():
        if line.startswith("Result - "):
            status = line[len("Result - "):]
        elif line.startswith("Objective value:"):
            objective = line.split()[-1]
        elif line.startswith("Total time (CPU seconds):"):
            cpu = line.split()[4]
    print(f"{sys.argv[2]}\t{float(objective):.0f}\t{status}\t{cpu} s"
          if objective != "?" else f"{sys.argv[2]}\t?\t{status}\t{cpu} s")


if __name__ == "__main__":
    main()
