// Squiggle peer of shipload's engine: the same model in Squiggle 0.10's
// sample sets.  Usage: node peer_squiggle.mjs MODEL.json N
//
// MODEL.json is written by bench_engine from shipload's compiled model.
// The Squiggle program is generated from it: every epistemic input is a
// sample set (index i of every set is sample i, as Squiggle pairs them),
// capacities are SampleSet.map3 of payload, mass per unit and the size level
// and stacking-limit step (one index, SampleSet.map2),
// the containers are split over the cells by sequential conditional
// binomials and each cell's fills are summed.  Simplifications, because
// Squiggle has no per-sample binomial with varying n and p and no
// variable-length sum: every binomial uses the normal approximation
// (shipload: only above variance 100) and every cell's fill sum the
// central limit theorem (shipload: only above clt_threshold containers).
// Both are what shipload does for large cells, so the quantiles agree.
//
// The command-line runner of 0.10.0 fails (a missing dependency), so this
// uses the library API.  Prints one line: seconds p05 p50 p95 (the time of
// run(), not of node's start-up).
import { readFileSync } from "node:fs";
import { run, defaultEnvironment } from "@quri/squiggle-lang";

const num = (x) => {
  const s = Number(x).toPrecision(17);
  return s.includes("e") ? Number(x).toString() : s;
};

// A Squiggle expression for one distribution (a sample set or a number).
function dist(d) {
  switch (d.kind) {
    case "const":
      return num(d.a);
    case "uniform":
      return `SampleSet.fromDist(uniform(${num(d.a)}, ${num(d.b)}))`;
    case "triangular":
      return `SampleSet.fromDist(triangular(${num(d.a)}, ${num(d.b)}, ${num(d.c)}))`;
    case "pert": {
      const w = d.c - d.a;
      const al = 1 + (4 * (d.b - d.a)) / w;
      const be = 1 + (4 * (d.c - d.b)) / w;
      return `(SampleSet.fromDist(beta(${num(al)}, ${num(be)})) * ${num(w)} + ${num(d.a)})`;
    }
    default:
      throw new Error(`peer_squiggle: distribution ${d.kind} not supported`);
  }
}

// The shares of a list of kinds; "rest" is 1 - the others, at least 0.
function shares(lines, prefix, kinds) {
  const names = kinds.map((_, i) => `${prefix}${i}`);
  let rest = -1;
  kinds.forEach((k, i) => {
    if (k.share === "rest") rest = i;
    else lines.push(`${names[i]} = ${dist(k.share)}`);
  });
  if (rest >= 0) {
    const others = names.filter((_, i) => i !== rest).join(" + ") || "0";
    lines.push(
      `${names[rest]} = SampleSet.map(1 - (${others}), {|x| x > 0 ? x : 0})`
    );
  }
  return names;
}

function program(m) {
  const L = [
    `ss(x) = typeOf(x) == "Number" ? SampleSet.fromNumber(x) : SampleSet.fromDist(x)`,
  ];
  const nt = m.types.length;
  const ts = shares(L, "ts", m.types);
  const cs = shares(L, "cs", m.cargo);
  // one dunnage and one margin level per sample, shared by every cell
  L.push(`dun = ss(${dist(m.dunnage)})`);
  const ML = m.margin_levels;
  L.push(
    ML > 1
      ? `mg = SampleSet.fromDist(uniform(0, 1))`
      : `mg = SampleSet.fromNumber(0)`
  );
  m.types.forEach((t, i) => {
    L.push(`pay${i} = ss(${dist(t.gross)} - ${dist(t.tare)})`);
    L.push(`payd${i} = pay${i} - dun`);
  });
  const cells = [];
  m.cargo.forEach((g, c) => {
    if (!g.munition) return;
    const ug = g.packaged
      ? g.packages.map((p) => `${dist(p.gross)} / ${num(p.units)}`).join(" + ")
      : dist(g.unit_mass);
    L.push(`ug${c} = ss(${ug})`);
    L.push(
      g.sized
        ? `lv${c} = SampleSet.fromDist(uniform(0, 1))`
        : `lv${c} = SampleSet.fromDist(uniform(2, 3))`
    );
    // the stacking-limit step picks a block of levels + 1 entries, the
    // margin level a block of K such blocks
    const K = g.stack_steps;
    L.push(
      K > 1
        ? `st${c} = SampleSet.fromDist(uniform(0, 1))`
        : `st${c} = SampleSet.fromNumber(0)`
    );
    L.push(
      `ix${c} = SampleSet.map3(lv${c}, st${c}, mg, {|l, s, j| ` +
        `(l >= 2 ? ${m.levels} : min([floor(l * ${m.levels}), ${m.levels - 1}])) + ` +
        `${m.levels + 1} * (min([floor(s * ${K}), ${K - 1}]) + ` +
        `${K} * min([floor(j * ${ML}), ${ML - 1}]))})`
    );
    for (let t = 0; t < nt; t++) {
      const geo = g.geometry[t].flat(2);
      const pay = g.packaged ? `payd${t}` : `pay${t}`;
      L.push(`geo${t}_${c} = [${geo.join(", ")}]`);
      L.push(
        `cap${t}_${c} = SampleSet.map3(${pay}, ug${c}, ix${c}, {|p, u, k| ` +
          `g = geo${t}_${c}[k]; w = p > 0 ? floor(p / u) : 0; ` +
          `g >= 0 && g < w ? g : w})`
      );
    }
  });
  // the multinomial split, cell by cell (normal approximation)
  L.push(`rem0 = ss(${num(m.containers)})`);
  L.push(`left0 = 1`);
  const f = m.fill;
  const ncells = nt * m.cargo.length;
  const units = [];
  for (let k = 0; k < ncells; k++) {
    const t = Math.floor(k / m.cargo.length);
    const c = k % m.cargo.length;
    L.push(`pc${k} = ss(${ts[t]} * ${cs[c]})`);
    if (k + 1 < ncells) {
      L.push(
        `n${k} = SampleSet.map3(rem${k}, ss(pc${k} / left${k}), SampleSet.fromDist(normal(0, 1)), ` +
          `{|r, p, z| q = p < 0 ? 0 : p > 1 ? 1 : p; ` +
          `x = round(r * q + (r * q * (1 - q)) ^ 0.5 * z); x < 0 ? 0 : x > r ? r : x})`
      );
      L.push(`rem${k + 1} = rem${k} - n${k}`);
      L.push(`left${k + 1} = left${k} - pc${k}`);
    } else {
      L.push(`n${k} = rem${k}`);
    }
    if (!m.cargo[c].munition) continue;
    const fill =
      f.kind === "const"
        ? `n${k} * ${num(f.a)}`
        : `SampleSet.map2(n${k}, SampleSet.fromDist(normal(0, 1)), {|n, z| ` +
          `s = n * ${num(f.mean)} + n ^ 0.5 * ${num(f.sd)} * z; ` +
          `s < n * ${num(f.lo)} ? n * ${num(f.lo)} : s > n * ${num(f.hi)} ? n * ${num(f.hi)} : s})`;
    L.push(`u${k} = cap${t}_${c} * ${fill}`);
    units.push(`u${k}`);
  }
  L.push(`total = ${units.join(" + ")}`);
  L.push(`[quantile(total, 0.05), quantile(total, 0.5), quantile(total, 0.95)]`);
  return L.join("\n");
}

const model = JSON.parse(readFileSync(process.argv[2], "utf8"));
const n = Number(process.argv[3]);
const code = program(model);
if (process.env.PEER_SQUIGGLE_PRINT) console.error(code);
const t0 = process.hrtime.bigint();
const out = await run(code, {
  environment: { ...defaultEnvironment, sampleCount: n, seed: "1" },
});
const t1 = process.hrtime.bigint();
if (!out.result.ok) {
  console.error(`peer_squiggle: ${out.result.value.toString()}`);
  process.exit(1);
}
const q = out.result.value.result.value.getValues().map((v) => v.value);
console.log(`${Number(t1 - t0) / 1e9} ${q.join(" ")}`);
