import { createHash } from 'node:crypto';
import pg from 'pg';

const namesByText = new Map<string, string>();

function statementName(text: string): string {
  let name = namesByText.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('base64url')}`;
    namesByText.set(text, name);
  }
  return name;
}

/**
 * A pg Client that prepares every parameterised statement once per connection, named after its
 * text. The application's SQL comes from a bounded set of query shapes, so this sends each text
 * once and lets PostgreSQL skip parsing (and, once it settles on a generic plan, planning) on every
 * later request — both cost more than running our indexed queries. Statements without parameters
 * (migrations, DDL, several statements at once) go through the simple protocol as before.
 */
export class PreparedStatementClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config, values] = args;
    if (config && typeof config === 'object' && 'text' in config) {
      const query = config as pg.QueryConfig;
      const parameters = Array.isArray(values) ? values : query.values;
      if (!query.name && parameters && parameters.length > 0) query.name = statementName(query.text);
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
