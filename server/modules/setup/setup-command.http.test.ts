import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { runSetupCommand, type SetupCommandIo } from '../../setup-command.js';
import { login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { emptyDatabase: true });
test.beforeAll(({ app }) => {
  t = app;
});

const PASSWORD = 'Song-Hong-mua-thu-2026';

function command(password: string | undefined) {
  const printed: string[] = [];
  const io: SetupCommandIo = { database: t.database, clock: t.clock, readPassword: async () => password, print: (line) => printed.push(line) };
  return { run: (argv: string[]) => runSetupCommand(argv, io), printed };
}

const agencies = () => queryRows<{ name: string; code: string }>(t.database.db, sql`select name, code from agencies`);

test('explains its usage and needs a password, changing nothing', async () => {
  const usage = command(PASSWORD);
  expect(await usage.run(['--agency', 'Cơ quan'])).toBe(2);
  expect(usage.printed.join('\n')).toContain('--admin');
  const noPassword = command(undefined);
  expect(await noPassword.run(['--agency', 'Cơ quan', '--admin', 'admin'])).toBe(2);
  expect(noPassword.printed.join('\n')).toContain('CONGVU_ADMIN_PASSWORD');
  const short = command('ngan');
  expect(await short.run(['--agency', 'Cơ quan', '--admin', 'admin'])).toBe(2);
  expect(short.printed.join('\n')).toContain('adminPassword');
  expect(short.printed.join('\n')).not.toContain('ngan');
  expect(await agencies()).toHaveLength(0);
});

test('sets up the first agency, then refuses to run again with a clear message and nothing changed', async () => {
  const first = command(PASSWORD);
  expect(await first.run(['--agency', 'Cơ quan Ủy ban MTTQ Việt Nam Thành phố', '--admin', 'admin'])).toBe(0);
  expect(first.printed.join('\n')).not.toContain(PASSWORD);
  expect(await agencies()).toEqual([{ name: 'Cơ quan Ủy ban MTTQ Việt Nam Thành phố', code: 'CQUBMVNTP' }]);
  await login(t.app, 'admin', PASSWORD);

  const again = command(PASSWORD);
  expect(await again.run(['--agency', 'Cơ quan khác', '--admin', 'admin2'])).toBe(1);
  expect(again.printed.join('\n')).toContain('Nothing was changed');
  expect(await agencies()).toHaveLength(1);
  expect(await queryRows(t.database.db, sql`select id from users where username = 'admin2'`)).toHaveLength(0);
});
