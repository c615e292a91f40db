import type { Db } from "./client.js";

/**
 * A statement that runs on every update (the claim, the person's read, the last-seen refresh),
 * prepared once per database handle: drizzle builds its SQL once, and postgres.js keeps it as a named
 * statement per connection, so PostgreSQL does not parse and plan the claim-and-read join again for
 * every update and each run is one exchange instead of two. Parameters are `sql.placeholder`s, cast
 * in the statement.
 */
export function preparedFor<T>(cache: WeakMap<Db, T>, db: Db, prepare: (db: Db) => T): T {
  let prepared = cache.get(db);
  if (!prepared) cache.set(db, (prepared = prepare(db)));
  return prepared;
}
