import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';

export interface TableShape {
  name: string;
  /** Columns written on restore: all but generated ones, which the database computes again. */
  columns: string[];
  /** The order rows are exported in, so the same data always gives the same bytes. */
  orderBy: string[];
  /** Identity and serial columns whose sequences must continue after the restored rows. */
  sequenced: string[];
}

/** The application's tables (schema public), parents before children along their foreign keys. */
export async function readTableShapes(db: Db | Tx): Promise<TableShape[]> {
  const columns = await queryRows<{ table_name: string; column_name: string; is_generated: string; is_sequenced: boolean }>(
    db,
    sql`select c.table_name, c.column_name, c.is_generated,
          (c.is_identity = 'YES' or coalesce(c.column_default, '') like 'nextval(%') as is_sequenced
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' order by c.table_name, c.ordinal_position`,
  );
  const keys = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select cl.relname as table_name, a.attname as column_name
        from pg_index i join pg_class cl on cl.oid = i.indrelid join pg_namespace n on n.oid = cl.relnamespace
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
        join pg_attribute a on a.attrelid = cl.oid and a.attnum = k.attnum
        where i.indisprimary and n.nspname = 'public' order by cl.relname, k.position`,
  );
  const references = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent from pg_constraint f
        join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where f.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const shapes = new Map<string, TableShape>();
  for (const column of columns) {
    const shape = shapes.get(column.table_name) ?? { name: column.table_name, columns: [], orderBy: [], sequenced: [] };
    if (column.is_generated !== 'ALWAYS') shape.columns.push(column.column_name);
    if (column.is_sequenced) shape.sequenced.push(column.column_name);
    shapes.set(column.table_name, shape);
  }
  for (const key of keys) shapes.get(key.table_name)?.orderBy.push(key.column_name);
  for (const shape of shapes.values()) if (shape.orderBy.length === 0) shape.orderBy = [...shape.columns];
  return orderByReferences([...shapes.values()], references);
}

/** Depth-first over the references, names sorted, so the order is the same on every run. */
function orderByReferences(shapes: TableShape[], references: { child: string; parent: string }[]): TableShape[] {
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));
  const ordered: TableShape[] = [];
  const visited = new Set<string>();
  const visit = (name: string) => {
    if (visited.has(name)) return;
    visited.add(name);
    for (const parent of references
      .filter((ref) => ref.child === name)
      .map((ref) => ref.parent)
      .sort())
      visit(parent);
    const shape = byName.get(name);
    if (shape) ordered.push(shape);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}
