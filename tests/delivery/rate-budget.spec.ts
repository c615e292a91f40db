import { describe, expect, it } from "vitest";
import { RateBudget, shareOfBudget } from "../../src/delivery/rate-budget.js";

/** Ticks every `stepMs` from 0 to `untilMs`, sending whenever the budget allows; returns the send instants. */
function simulate(budget: RateBudget, untilMs: number, stepMs: number, from = 0): number[] {
  const sent: number[] = [];
  for (let now = from; now < untilMs; now += stepMs) {
    while (budget.readyAt(now) <= now) {
      budget.take(now);
      sent.push(now);
    }
  }
  return sent;
}

/** The most sends in any window of `windowMs` (sliding, starting at each send). */
function busiestWindow(sent: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < sent.length; i++) {
    while (sent[j]! <= sent[i]! - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("the sender's rate budget", () => {
  it("shares the global budget evenly among the live senders", () => {
    const alone = shareOfBudget(30, 1, 0.03);
    const ofThree = shareOfBudget(30, 3, 0.03);
    expect(alone.rate).toBe(30);
    expect(ofThree.rate).toBe(10);
    expect(ofThree.windowCount).toBe(10);
    expect(ofThree.batch).toBe(10);
    expect(ofThree.intervalMs).toBeCloseTo(1000 / (10 * 0.97));
    // A share below one message a second still sends, one at a time.
    expect(shareOfBudget(1, 4, 0.03)).toMatchObject({ rate: 0.25, windowCount: 1, batch: 1 });
    expect(() => shareOfBudget(0, 1, 0.03)).toThrow();
  });

  it("never puts more than the share into any one-second window, ticking finely or coarsely", () => {
    for (const stepMs of [1, 7, 50, 250, 1000]) {
      const sent = simulate(new RateBudget(shareOfBudget(30, 1, 0.03)), 20_000, stepMs);
      expect(busiestWindow(sent, 1000), `ticks every ${stepMs} ms`).toBeLessThanOrEqual(30);
      // …and, ticking finely, uses most of it: 90 % of 30/s over 20 s.
      if (stepMs <= 7) expect(sent.length, `ticks every ${stepMs} ms`).toBeGreaterThanOrEqual(540);
    }
  });

  it("catches up slots a late tick missed, but never two sends closer than half an interval", () => {
    const shape = shareOfBudget(10, 1, 0.03);
    const budget = new RateBudget(shape);
    const sent = simulate(budget, 1000, 10);
    const late = simulate(budget, 1400, 10, 1300);
    for (let i = 1; i < late.length; i++) expect(late[i]! - late[i - 1]!).toBeGreaterThanOrEqual(shape.minGapMs);
    expect(busiestWindow([...sent, ...late], 1000)).toBeLessThanOrEqual(10);
  });

  it("catching up after a late tick never puts more than the share into any one-second window", () => {
    for (const rate of [30, 15, 10]) {
      const shape = shareOfBudget(rate, 1, 0.03);
      // Late by up to the five intervals the grid still catches up, then ticking finely again.
      for (const lateIntervals of [2, 3, 4, 4.9]) {
        const budget = new RateBudget(shape);
        const before = simulate(budget, 2000, 1);
        const resume = 2000 + Math.round(lateIntervals * shape.intervalMs);
        const after = simulate(budget, 5000, 1, resume);
        expect(after.length, `${rate}/s, ${lateIntervals} intervals late`).toBeGreaterThan(0);
        expect(busiestWindow([...before, ...after], 1000), `${rate}/s, ${lateIntervals} intervals late`).toBeLessThanOrEqual(rate);
      }
    }
  });

  it("after a long stall starts afresh instead of sending a burst", () => {
    const shape = shareOfBudget(30, 1, 0.03);
    const budget = new RateBudget(shape);
    simulate(budget, 1000, 1);
    // Ten seconds without a tick, then one tick: one send, not the 300 slots missed.
    const burst = simulate(budget, 11_001, 1, 11_000);
    expect(burst).toHaveLength(1);
  });

  it("a second sender joining halves the share at once; the sends already made still count", () => {
    const budget = new RateBudget(shareOfBudget(20, 1, 0.03));
    const before = simulate(budget, 1000, 1);
    budget.reshape(shareOfBudget(20, 2, 0.03));
    const after = simulate(budget, 5000, 1, 1000);
    expect(busiestWindow([...before, ...after], 1000)).toBeLessThanOrEqual(20);
    expect(busiestWindow(after.filter((t) => t >= 2000), 1000)).toBeLessThanOrEqual(10);
  });
});
