/**
 * Reminders relative to a date stored in the database ("7 days before the due date", "24 h and
 * 1 h before a seminar"). A periodic task builds the steps of each anchor, asks which one is
 * current, and enqueues it with a dedup key naming the step: re-running a slot, catching one up
 * or running on several replicas therefore sends each step once.
 *
 * Reuse for seminars: `stepsRelativeTo(seminar.startsAt, [{ key: "24h", offsetMs: -24 * HOUR,
 * windowMs: HOUR }, { key: "1h", offsetMs: -HOUR, windowMs: 30 * MINUTE }])`, run every few
 * minutes, dedup key `seminar-reminder:<seminarId>:<step>:<userId>`.
 */
export interface ReminderStep<K extends string = string> {
  key: K;
  /** From when the step is due. */
  at: Date;
  /** After this the step is stale and is skipped (a message must not say "tomorrow" a day late). */
  until: Date;
}

export interface StepOffset<K extends string> {
  key: K;
  /** Relative to the anchor; negative = before it. */
  offsetMs: number;
  /** How long after its time the step may still go out. */
  windowMs: number;
}

export function stepsRelativeTo<K extends string>(anchor: Date, offsets: StepOffset<K>[]): ReminderStep<K>[] {
  return offsets.map(({ key, offsetMs, windowMs }) => {
    const at = new Date(anchor.getTime() + offsetMs);
    return { key, at, until: new Date(at.getTime() + windowMs) };
  });
}

/** The latest step whose time has come, unless a later one has come too or its window is over. */
export function currentStep<K extends string>(steps: ReminderStep<K>[], now: Date): ReminderStep<K> | null {
  let latest: ReminderStep<K> | null = null;
  for (const step of steps) if (step.at <= now && (!latest || step.at > latest.at)) latest = step;
  return latest && now < latest.until ? latest : null;
}
