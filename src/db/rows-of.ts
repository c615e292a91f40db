/** The rows of `db.execute`: postgres.js answers with an array, PGlite with an object holding `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
