import { describe, expect, it } from "vitest";
import { estimateProgrammeEffect, type KindergartenPair } from "../../src/figures/programme-effect.js";

/** A seeded generator for the synthetic data (not the estimator's own). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function binomial(n: number, p: number, next: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (next() < p) k++;
  return k;
}

/**
 * Kindergartens whose experimental groups' high-level share changes by `trueEffect` more than their
 * control groups': each kindergarten has its own baseline and its own shock to the change (children
 * of one kindergarten move together), so an interval that ignored the grouping would be too narrow.
 */
function pilot(seed: number, kindergartens: number, trueEffect: number, clusterShock = 0.08, size = 15): KindergartenPair[] {
  const next = rng(seed);
  const pairs: KindergartenPair[] = [];
  for (let k = 0; k < kindergartens; k++) {
    const base = 0.15 + 0.2 * next();
    const arm = (change: number) => {
      // Each kindergarten's groups move together: one shock to the change for all its children of the arm.
      const shock = (next() - 0.5) * 2 * clusterShock;
      const n0 = size + Math.floor(next() * size);
      const n1 = size + Math.floor(next() * size);
      const p1 = Math.min(0.95, Math.max(0.02, base + change + shock));
      return { first: { high: binomial(n0, base, next), all: n0 }, now: { high: binomial(n1, p1, next), all: n1 } };
    };
    pairs.push({ organizationId: k + 1, experimental: arm(0.05 + trueEffect), control: arm(0.05) });
  }
  return pairs;
}

describe("the programme's effect: difference in differences with an interval over kindergartens", () => {
  it("finds a known effect of +12 points within its interval, and calls it clear", () => {
    const result = estimateProgrammeEffect(pilot(7, 80, 0.12));
    expect(result.kind).toBe("estimate");
    if (result.kind !== "estimate") return;
    expect(Math.abs(result.effect - 12)).toBeLessThan(4);
    expect(result.low).toBeLessThan(12);
    expect(result.high).toBeGreaterThan(12);
    expect(result.low).toBeGreaterThan(0);
    expect(result.clear).toBe(true);
    expect(result.experimental.kindergartens).toBe(80);
    expect(result.control.kindergartens).toBe(80);
  });

  it("with no true effect, the interval includes zero and the result is not called clear", () => {
    const result = estimateProgrammeEffect(pilot(11, 60, 0));
    expect(result.kind).toBe("estimate");
    if (result.kind !== "estimate") return;
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
    expect(result.clear).toBe(false);
  });

  it("the 95 % interval covers the true effect in about 95 % of pilots, although children move together by kindergarten", () => {
    let covered = 0;
    let coveredIfChildrenWereIndependent = 0;
    const runs = 150;
    for (let s = 1; s <= runs; s++) {
      const data = pilot(1000 + s, 40, 0.1, 0.2, 80);
      const r = estimateProgrammeEffect(data, { resamples: 400 });
      if (r.kind === "estimate" && r.low <= 10 && r.high >= 10) covered++;
      // The interval a child-level formula would give (four binomial shares), for contrast.
      let variance = 0;
      let effect = 0;
      for (const arm of ["experimental", "control"] as const) {
        const sum = (f: (p: KindergartenPair) => number) => data.reduce((a, p) => a + f(p), 0);
        const fa = sum((p) => p[arm]!.first.all);
        const na = sum((p) => p[arm]!.now.all);
        const p0 = sum((p) => p[arm]!.first.high) / fa;
        const p1 = sum((p) => p[arm]!.now.high) / na;
        variance += (p0 * (1 - p0)) / fa + (p1 * (1 - p1)) / na;
        effect += (arm === "experimental" ? 1 : -1) * (p1 - p0) * 100;
      }
      const half = 1.96 * Math.sqrt(variance) * 100;
      if (effect - half <= 10 && effect + half >= 10) coveredIfChildrenWereIndependent++;
    }
    // Measured: 0.95 for the bootstrap over kindergartens, 0.63 for the child-level interval.
    expect(covered / runs).toBeGreaterThan(0.88);
    expect(coveredIfChildrenWereIndependent / runs).toBeLessThan(0.8);
  });

  it("gives the same figures for the same data in any order (seeded)", () => {
    const data = pilot(3, 50, 0.08);
    const a = estimateProgrammeEffect(data);
    const b = estimateProgrammeEffect([...data].reverse());
    expect(b).toEqual(a);
  });

  it("says there are too few kindergartens rather than print a precise-looking number", () => {
    const result = estimateProgrammeEffect(pilot(5, 9, 0.3));
    expect(result).toMatchObject({ kind: "too-few", experimental: { kindergartens: 9 }, control: { kindergartens: 9 }, minKindergartens: 10 });
  });

  it("leaves out an arm without children in either quarter, and kindergartens with neither arm", () => {
    const data = pilot(9, 12, 0.1);
    data.push({ organizationId: 100, experimental: { first: { high: 0, all: 0 }, now: { high: 3, all: 10 } } });
    data[0] = { organizationId: data[0]!.organizationId, control: data[0]!.control };
    const result = estimateProgrammeEffect(data);
    expect(result.kind).toBe("estimate");
    if (result.kind !== "estimate") return;
    expect(result.experimental.kindergartens).toBe(11);
    expect(result.control.kindergartens).toBe(12);
  });
});
