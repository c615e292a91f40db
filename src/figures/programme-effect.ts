/**
 * "Does the programme work?" as one honest figure: the difference-in-differences of the share of
 * children at a high skill level — how much more that share changed in experimental groups than in
 * control groups between the first quarter and the period — over the kindergartens that handed in
 * both reports, with a 95 % interval from a bootstrap over kindergartens.
 *
 * Why a bootstrap over kindergartens and not over children: children of one kindergarten share its
 * teachers, its methodologist and the way its staff rate skills, so they are not independent; the
 * kindergarten is the unit that was sampled and the one that is resampled. Why a fixed seed: the
 * same data must give the same figures in /status, the .docx and the .xlsx, on any replica.
 *
 * Pure: no database, no Telegram. The loader is in programme-effect-data.ts.
 */

/** One arm's children at a high level and in all, in one kindergarten's report. */
export interface ArmCount {
  high: number;
  all: number;
}

/** One kindergarten's figures in the first quarter (`first`) and in the period (`now`), per arm. */
export interface KindergartenPair {
  organizationId: number;
  experimental?: { first: ArmCount; now: ArmCount };
  control?: { first: ArmCount; now: ArmCount };
}

export interface EffectOptions {
  /** Bootstrap resamples (2,000 by default: the interval's ends move by < 0.1 point between seeds). */
  resamples?: number;
  seed?: number;
  /** Fewer kindergartens than this in either arm: no estimate is printed, only that there are too few. */
  minKindergartens?: number;
}

export const DEFAULT_EFFECT_OPTIONS: Required<EffectOptions> = { resamples: 2000, seed: 20260101, minKindergartens: 10 };

interface ArmSummary {
  kindergartens: number;
  /** Children counted in the period's reports of the paired kindergartens. */
  children: number;
  /** Share at a high level, 0…1, in the first quarter and in the period. */
  first: number;
  now: number;
}

export type ProgrammeEffect =
  | {
      kind: "estimate";
      /** Difference in the change of the high-level share, in percentage points (experimental − control). */
      effect: number;
      low: number;
      high: number;
      /** Whether the interval excludes zero. */
      clear: boolean;
      experimental: ArmSummary;
      control: ArmSummary;
      resamples: number;
    }
  | {
      kind: "too-few";
      experimental: { kindergartens: number; children: number };
      control: { kindergartens: number; children: number };
      minKindergartens: number;
    };

/** mulberry32: small, fast, good enough for resampling, and the same on every platform. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const arms = ["experimental", "control"] as const;
type Arm = (typeof arms)[number];

/**
 * Every kindergarten's eight figures in one flat array (stride 8: experimental first high, first
 * all, now high, now all, then the same for control; zero where the arm is absent): the bootstrap
 * adds them up 2,000 times, so a flat array, not objects.
 */
function flatten(pairs: KindergartenPair[]): Float64Array {
  const flat = new Float64Array(pairs.length * 8);
  pairs.forEach((p, i) => {
    arms.forEach((arm, a) => {
      const f = p[arm];
      if (!f) return;
      flat.set([f.first.high, f.first.all, f.now.high, f.now.all], i * 8 + a * 4);
    });
  });
  return flat;
}

/** The change of the high-level share of one arm (offset 0 experimental, 4 control) over all kindergartens. */
function change(flat: Float64Array, offset: 0 | 4): { change: number; first: number; now: number } | null {
  let firstHigh = 0;
  let firstAll = 0;
  let nowHigh = 0;
  let nowAll = 0;
  for (let o = offset; o < flat.length; o += 8) {
    firstHigh += flat[o]!;
    firstAll += flat[o + 1]!;
    nowHigh += flat[o + 2]!;
    nowAll += flat[o + 3]!;
  }
  if (firstAll === 0 || nowAll === 0) return null;
  const first = firstHigh / firstAll;
  const now = nowHigh / nowAll;
  return { change: now - first, first, now };
}

function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

const usable = (c: ArmCount | undefined) => c !== undefined && c.all > 0 && c.high >= 0 && c.high <= c.all;

/**
 * The estimate, or "too few" when either arm has fewer kindergartens than `minKindergartens`
 * (a precise-looking number from five kindergartens would mislead more than it tells).
 */
export function estimateProgrammeEffect(input: KindergartenPair[], options: EffectOptions = {}): ProgrammeEffect {
  const { resamples, seed, minKindergartens } = { ...DEFAULT_EFFECT_OPTIONS, ...options };
  // Keep an arm of a kindergarten only when both of its reports have children in it; order by id so
  // the resampling (and so the interval) does not depend on the order rows came from the database.
  const pairs = input
    .map((p) => ({
      organizationId: p.organizationId,
      experimental: p.experimental && usable(p.experimental.first) && usable(p.experimental.now) ? p.experimental : undefined,
      control: p.control && usable(p.control.first) && usable(p.control.now) ? p.control : undefined,
    }))
    .filter((p) => p.experimental || p.control)
    .sort((a, b) => a.organizationId - b.organizationId);
  const count = (arm: Arm) => ({
    kindergartens: pairs.filter((p) => p[arm]).length,
    children: pairs.reduce((sum, p) => sum + (p[arm]?.now.all ?? 0), 0),
  });
  const exp = count("experimental");
  const ctl = count("control");
  if (exp.kindergartens < minKindergartens || ctl.kindergartens < minKindergartens) {
    return { kind: "too-few", experimental: exp, control: ctl, minKindergartens };
  }
  const flat = flatten(pairs);
  const e = change(flat, 0)!;
  const c = change(flat, 4)!;
  const effect = e.change - c.change;

  // Each resample draws n kindergartens with replacement and adds up their eight figures in one
  // pass: 20 million draws for the country stay well under a second on a quiet machine.
  const next = random(seed);
  const n = pairs.length;
  const draws: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let efh = 0, efa = 0, enh = 0, ena = 0, cfh = 0, cfa = 0, cnh = 0, cna = 0;
    for (let i = 0; i < n; i++) {
      const o = Math.floor(next() * n) * 8;
      efh += flat[o]!;
      efa += flat[o + 1]!;
      enh += flat[o + 2]!;
      ena += flat[o + 3]!;
      cfh += flat[o + 4]!;
      cfa += flat[o + 5]!;
      cnh += flat[o + 6]!;
      cna += flat[o + 7]!;
    }
    // A resample without one of the arms says nothing about the difference: it is left out.
    if (efa === 0 || ena === 0 || cfa === 0 || cna === 0) continue;
    draws.push(enh / ena - efh / efa - (cnh / cna - cfh / cfa));
  }
  const sorted = Float64Array.from(draws).sort();
  const low = quantile(sorted, 0.025);
  const high = quantile(sorted, 0.975);
  const points = (x: number) => x * 100;
  return {
    kind: "estimate",
    effect: points(effect),
    low: points(low),
    high: points(high),
    clear: low > 0 || high < 0,
    experimental: { ...exp, first: e.first, now: e.now },
    control: { ...ctl, first: c.first, now: c.now },
    resamples: sorted.length,
  };
}
