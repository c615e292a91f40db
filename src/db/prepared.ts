import type { Db } from "./client.js";

/**
 * A statement that runs on every update (the claim, the person's read, the last-seen refresh),
 * prepared once per database handle: drizzle builds its SQL once, and postgres.js keeps it as a named
 * statement per connection, so PostgreSQL does not parse and plan the claim-and-read join again for
 * every update and each run is one exchange instead of two. Parameters are `sql.placeholder`s, cast
 * in the statement. `prepare` is called on a handle's first use; later calls return the same one.
 */
export function preparedPerDatabase<T>(prepare: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) prepared.set(db, (statement = prepare(db)));
    return statement;
  };
}
