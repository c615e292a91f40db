/** Injected time source: production passes `() => new Date()`, tests pass a fixed or advancing clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export const DAY_MS = 24 * 60 * 60 * 1000;
