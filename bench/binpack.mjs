// bench/binpack.mjs - the BR0 instances through binpackingjs (the peer in
// the side-by-side comparison).  Usage: node binpack.mjs BR0.tsv
// Prints one row per instance: inst, boxes packed, milliseconds.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pack3D } from "binpackingjs/3d";

// Rotations whose vertical (second) extent is the named box dimension, for
// an item given as width = l, height = h, depth = w.
const VERTICAL = { h: [0, 3], l: [1, 4], w: [2, 5] };
const [L, W, H] = [587, 233, 220];

const rows = readFileSync(process.argv[2], "utf8").trim().split("\n").slice(1);
for (const row of rows) {
  const [inst, l, w, h, vertical, copies] = row.split("\t");
  const allowedRotations = [...vertical].flatMap((c) => VERTICAL[c]);
  const items = [];
  for (let i = 0; i < Number(copies); i++)
    items.push({ name: `b${i}`, width: Number(l), height: Number(h),
                 depth: Number(w), weight: 1, allowedRotations });
  const t0 = performance.now();
  const res = pack3D({
    bins: [{ name: "c", width: L, height: H, depth: W, maxWeight: 1e12 }],
    items,
  });
  const ms = performance.now() - t0;
  const n = res.packedBins.length ? res.packedBins[0].items.length : 0;
  console.log(`${inst}\t${n}\t${ms.toFixed(1)}`);
}
