import { sql, type Column, type SQL } from "drizzle-orm";

/**
 * Columns by their bare names, for the places raw SQL cannot take a qualified name: an INSERT's
 * column list, an UPDATE's SET target, a column of a table alias. From drizzle's column objects, so
 * that renaming a column breaks the type check instead of the statement.
 */
export const columnName = (column: Column): SQL => sql`${sql.identifier(column.name)}`;
export const columnNames = (...columns: Column[]): SQL => sql.join(columns.map(columnName), sql`, `);
