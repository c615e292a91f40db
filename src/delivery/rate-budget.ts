/**
 * The sender's rate arithmetic, pure (no clock, no database): the global budget of messages per
 * second is shared evenly by the live senders; each sends on a grid of `intervalMs`, may catch up
 * a few slots a late tick missed (never two sends closer than `minGapMs`), and a sliding window
 * (at most `windowCount` sends in any `windowMs`, the shape of Telegram's limit) caps any catching up.
 */
export interface RateShape {
  /** This sender's share, messages per second. */
  rate: number;
  intervalMs: number;
  windowCount: number;
  windowMs: number;
  minGapMs: number;
  /** Rows to claim at a time: about one second's worth. */
  batch: number;
}

/**
 * One sender's share of `ratePerSecond` among `sharers` live senders. `safetyMargin` stretches the
 * window so that jitter between here and Telegram never puts more than the budget into any
 * one-second window (0.03 → 97 % of the budget).
 */
export function shareOfBudget(ratePerSecond: number, sharers: number, safetyMargin: number): RateShape {
  if (!(ratePerSecond > 0)) throw new Error("ratePerSecond must be positive");
  const rate = ratePerSecond / Math.max(1, sharers);
  const windowCount = Math.max(1, Math.floor(rate));
  return {
    rate,
    intervalMs: 1000 / (rate * (1 - safetyMargin)),
    windowCount,
    windowMs: ((1000 * windowCount) / rate) * (1 + safetyMargin),
    minGapMs: 1000 / rate / 2,
    batch: Math.max(1, Math.ceil(rate)),
  };
}

/** After a stall longer than this many intervals, the grid starts afresh rather than burst. */
const STALL_INTERVALS = 5;

/** When the next send may go out, given the sends so far; `take` records one. */
export class RateBudget {
  private nextSendAt = 0;
  private readonly recent: number[] = [];

  constructor(private shape: RateShape) {}

  get current(): RateShape {
    return this.shape;
  }

  /** A new share (a sender joined or left): the sends already made still count in the window. */
  reshape(shape: RateShape): void {
    this.shape = shape;
    if (this.recent.length > shape.windowCount) this.recent.splice(0, this.recent.length - shape.windowCount);
  }

  /** The earliest instant (ms) a send may go out, `now` or later. */
  readyAt(now: number): number {
    const { intervalMs, minGapMs, windowCount, windowMs } = this.shape;
    if (now - this.nextSendAt > STALL_INTERVALS * intervalMs) this.nextSendAt = now;
    const recent = this.recent;
    let at = Math.max(this.nextSendAt, recent.length > 0 ? recent[recent.length - 1]! + minGapMs : 0);
    if (recent.length >= windowCount) at = Math.max(at, recent[recent.length - windowCount]! + windowMs);
    return Math.max(at, now);
  }

  /** Records a send at `now` (call only when readyAt(now) <= now). */
  take(now: number): void {
    this.nextSendAt += this.shape.intervalMs;
    this.recent.push(now);
    if (this.recent.length > this.shape.windowCount) this.recent.splice(0, this.recent.length - this.shape.windowCount);
  }
}
