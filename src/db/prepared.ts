import type { Db } from "./client.js";

/**
 * A statement that runs on every update (the claim, the person's read, the last-seen refresh),
 * prepared once per database handle: its SQL is built once, and PostgreSQL parses and plans it once
 * per connection instead of for every update — the planning of the claim-and-read join was most of
 * an update's database time. Parameters are `sql.placeholder`s, cast in the statement.
 */
export function preparedFor<T>(cache: WeakMap<Db, T>, db: Db, prepare: (db: Db) => T): T {
  let prepared = cache.get(db);
  if (!prepared) cache.set(db, (prepared = prepare(db)));
  return prepared;
}
