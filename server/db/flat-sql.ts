import { type Column, getTableColumns, getTableName, SQL, StringChunk } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import { addExcludedText, columnNames } from './counter-upsert.js';

/**
 * Statements of the write hot path as flat SQL: text pieces around driver values, one level deep.
 * Drizzle compiles a statement by walking its chunks, and an insert or update from its builder is a
 * tree of columns, names and nested SQL: building and compiling one task update cost ~200 µs,
 * a third of a command's server CPU. The same statement as text around its values costs ~20 µs.
 * The results are still Drizzle SQL, so they compose (writeTogether) and log like any other.
 */

type Row = Record<string, unknown>;

/** The database's column names, as the client's `casing: 'snake_case'` writes them. */
const casing = new CasingCache('snake_case');

export interface ColumnOf {
  /** The column's name in the database. */
  name: string;
  column: Column;
}

const columnsByTable = new WeakMap<PgTable, Map<string, ColumnOf>>();

/** The table's columns by property name, with their database names. */
export function columnsOf(table: PgTable): Map<string, ColumnOf> {
  let columns = columnsByTable.get(table);
  if (!columns) {
    columns = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [key, { name: casing.getColumnCasing(column), column }]));
    columnsByTable.set(table, columns);
  }
  return columns;
}

/** A value as the driver receives it, encoded by its column as Drizzle would (jsonb as text, arrays as literals, timestamps as ISO). */
const driverValue = (column: Column, value: unknown) => (value === null || value === undefined || value instanceof SQL ? (value ?? null) : column.mapToDriverValue(value));

const piecesByText = new Map<string, string[]>();

/**
 * `text` written with `$1`…`$n`, bound to `values` (a value may be SQL, embedded as is). The
 * numbers only say which value goes where: composed into a larger statement, they are renumbered.
 */
function boundText(text: string, values: readonly unknown[]): SQL {
  let pieces = piecesByText.get(text);
  if (!pieces) {
    pieces = text.split(/\$(\d+)/);
    // A statement's shapes are few (they depend on which columns and how many rows), not its values.
    if (piecesByText.size < 1_000) piecesByText.set(text, pieces);
  }
  const chunks: unknown[] = [new StringChunk(pieces[0])];
  for (let i = 1; i < pieces.length; i += 2) chunks.push(values[Number(pieces[i]) - 1], new StringChunk(pieces[i + 1]));
  return new SQL(chunks as SQL['queryChunks']);
}

/** Numbers the values of a statement written by hand, in the order they appear. */
export class Bind {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** A value of a column, encoded as its column would. */
  column(column: ColumnOf, value: unknown): string {
    return this.add(driverValue(column.column, value));
  }
  sql(text: string): SQL {
    return boundText(text, this.values);
  }
}

const keysOf = (rows: readonly Row[]) => {
  const keys: string[] = [];
  for (const key in rows[0]) if (rows[0][key] !== undefined) keys.push(key);
  return keys;
};

/**
 * `insert into table (…) values (…), …` and what follows (`returning`, `on conflict`), for rows
 * naming the same columns; the columns they leave out take their defaults.
 */
export function insertSql(table: PgTable, rows: readonly Row[], tail = ''): SQL {
  const columns = columnsOf(table);
  const keys = keysOf(rows);
  const named = keys.map((key) => {
    const column = columns.get(key);
    if (!column) throw new Error(`insertSql: no column ${key}`);
    return column;
  });
  const bind = new Bind();
  const tuples = rows.map((row) => `(${named.map((column, i) => bind.column(column, row[keys[i]])).join(', ')})`);
  return bind.sql(`insert into "${getTableName(table)}" (${named.map((c) => `"${c.name}"`).join(', ')}) values ${tuples.join(', ')}${tail}`);
}

/**
 * The insert of counter rows that, where a row with the same `key` exists, adds each other column
 * of the new row to the stored one instead of replacing it.
 */
export function addingInsertSql(table: PgTable, rows: readonly Row[], key: readonly string[]): SQL {
  const columns = columnsOf(table);
  const nameOf = (property: string) => columns.get(property)!.name;
  const adding = keysOf(rows).filter((property) => !key.includes(property)).map(nameOf);
  const set = addExcludedText(adding, `"${getTableName(table)}"`);
  return insertSql(table, rows, ` on conflict (${columnNames(key.map(nameOf))}) do update set ${set}`);
}

/** `update table set … where` and the condition, written with the values numbered after the set's by `where(bind)`. */
export function updateSql(table: PgTable, values: Row, where: (bind: Bind) => string): SQL {
  const columns = columnsOf(table);
  const bind = new Bind();
  const set: string[] = [];
  for (const key in values) {
    if (values[key] === undefined) continue;
    const column = columns.get(key);
    if (!column) throw new Error(`updateSql: no column ${key}`);
    set.push(`"${column.name}" = ${bind.column(column, values[key])}`);
  }
  return bind.sql(`update "${getTableName(table)}" set ${set.join(', ')} where ${where(bind)}`);
}
