/**
 * Per-key token buckets: each key may spend `burst` tokens at once, refilled at `refillPerSecond`.
 * `take` says whether an event passes, is the first one refused since the key last passed (the
 * caller tells the user once), or is refused silently. Kept in memory: a key whose bucket has
 * refilled completely carries no information and is dropped when the map grows past `maxKeys`.
 */
export interface TokenBucketOptions {
  burst: number;
  refillPerSecond: number;
  maxKeys?: number;
}

export type TakeResult = "pass" | "first-refusal" | "refused";

interface Bucket {
  tokens: number;
  atMs: number;
  noticed: boolean;
}

export class TokenBuckets {
  private readonly buckets = new Map<string | number, Bucket>();
  private readonly maxKeys: number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.burst >= 1) || !(options.refillPerSecond > 0)) throw new Error("token bucket: burst ≥ 1 and refillPerSecond > 0");
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  take(key: string | number, nowMs: number): TakeResult {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, atMs: nowMs, noticed: false };
    bucket.tokens = this.level(bucket, nowMs);
    bucket.atMs = Math.max(bucket.atMs, nowMs);
    let result: TakeResult;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.noticed = false;
      result = "pass";
    } else {
      result = bucket.noticed ? "refused" : "first-refusal";
      bucket.noticed = true;
    }
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.forgetFull(nowMs);
    return result;
  }

  get size(): number {
    return this.buckets.size;
  }

  private level(bucket: Bucket, nowMs: number): number {
    const elapsed = Math.max(0, nowMs - bucket.atMs) / 1000;
    return Math.min(this.options.burst, bucket.tokens + elapsed * this.options.refillPerSecond);
  }

  private forgetFull(nowMs: number): void {
    for (const [key, bucket] of this.buckets) if (this.level(bucket, nowMs) >= this.options.burst) this.buckets.delete(key);
  }
}
