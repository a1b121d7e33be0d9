import { eq, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bind } from './flat-sql.js';
import { compilePlainStatementsDirectly, plainQuery } from './plain-sql.js';
import { tasks } from './schema/index.js';

const drizzleDialect = new PgDialect({ casing: 'snake_case' });
const patched = new PgDialect({ casing: 'snake_case' });
compilePlainStatementsDirectly(patched);

const plainValue = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
/** What Drizzle's compiler writes in its own way: columns, tables, identifiers, encoded parameters, lists. */
const otherChunk = fc.constantFrom<SQL>(sql`${tasks.id}`, sql`${tasks}`, sql`${sql.identifier('w0')}`, eq(tasks.title, 'x'), sql`in ${['a', 'b']}`);

const tree = (withOthers: boolean) =>
  fc.letrec<{ node: SQL }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.string().map((text) => sql.raw(text)),
      plainValue.map((value) => sql`v(${value})`),
      fc.array(tie('node'), { maxLength: 4 }).map((parts) => sql.join(parts, sql`, `)),
      fc.tuple(tie('node'), plainValue, tie('node')).map(([a, value, b]) => sql`(${a} = ${value} and ${b} ${undefined})`),
      ...(withOthers ? [otherChunk] : []),
    ),
  })).node;

describe('plain statements compiled directly', () => {
  it('give the text and parameters Drizzle gives, for any statement of text, nested statements and plain values', () => {
    fc.assert(
      fc.property(tree(false), (query) => {
        expect(plainQuery(query)).toEqual({ sql: drizzleDialect.sqlToQuery(query).sql, params: drizzleDialect.sqlToQuery(query).params });
      }),
    );
  });

  it('leave any other statement to Drizzle: a patched dialect compiles every statement as Drizzle does', () => {
    fc.assert(
      fc.property(tree(true), (query) => {
        const { sql: text, params } = drizzleDialect.sqlToQuery(query);
        expect(patched.sqlToQuery(query)).toMatchObject({ sql: text, params });
      }),
    );
  });

  it('compile flat-sql statements (the write path) as plain ones', () => {
    const bind = new Bind();
    const statement = bind.sql(`update tasks set title = ${bind.add('Báo cáo')}, progress_percent = ${bind.add(40)} where id = ${bind.add('x')} returning id`);
    const query = sql`with guarded as (${statement}) select ${new Date(0)}`;
    expect(plainQuery(query)).toEqual({ sql: 'with guarded as (update tasks set title = $1, progress_percent = $2 where id = $3 returning id) select $4', params: ['Báo cáo', 40, 'x', new Date(0)] });
  });
});
