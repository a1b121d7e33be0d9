import { parseArgs } from 'node:util';
import { newAgencyBody } from '../contracts/setup.js';
import type { Database } from './db/client.js';
import type { Clock } from './platform/clock.js';
import { username } from '../contracts/accounts.js';
import { DomainError, validationError } from './platform/errors.js';
import { createPlatformAdministrator, setUpFirstAgency } from './modules/setup/index.js';

export const SETUP_USAGE = `Cách dùng / usage:
  npm run setup -- --agency "Tên cơ quan" --admin TEN_DANG_NHAP [--admin-name "Họ tên"] [--code MA-CQ]
  npm run setup -- --platform-admin TEN_DANG_NHAP [--admin-name "Họ tên"]
Có quản trị nền tảng thì --agency chạy lại sẽ thêm cơ quan / with a platform administrator, --agency again adds an agency.
Mật khẩu lấy từ biến CONGVU_ADMIN_PASSWORD, hoặc được hỏi trên terminal.
The password comes from CONGVU_ADMIN_PASSWORD, or is asked for on the terminal.`;

export interface SetupCommandIo {
  database: Database;
  clock: Clock;
  /** CONGVU_ADMIN_PASSWORD, or a prompt on the terminal; undefined when neither is available. */
  readPassword(): Promise<string | undefined>;
  print(line: string): void;
}

/** `npm run setup`: the first agency and administrator on an empty database. Returns the exit code. */
export async function runSetupCommand(argv: string[], io: SetupCommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        agency: { type: 'string' },
        admin: { type: 'string' },
        'admin-name': { type: 'string' },
        code: { type: 'string' },
        'platform-admin': { type: 'string' },
      },
    }));
  } catch (error) {
    io.print(`${(error as Error).message}\n${SETUP_USAGE}`);
    return 2;
  }
  const platformAdmin = values['platform-admin'];
  if (platformAdmin ? values.agency || values.admin : !values.agency || !values.admin) {
    io.print(SETUP_USAGE);
    return 2;
  }
  const password = await io.readPassword();
  if (!password) {
    io.print('Thiếu mật khẩu / no password: đặt CONGVU_ADMIN_PASSWORD hoặc chạy trên terminal / set CONGVU_ADMIN_PASSWORD or run on a terminal.');
    return 2;
  }
  if (platformAdmin) return runDomain(io, () => createPlatformAdmin(io, platformAdmin, values['admin-name'], password));
  const input = newAgencyBody.safeParse({
    agencyName: values.agency,
    agencyCode: values.code,
    adminUsername: values.admin,
    adminDisplayName: values['admin-name'] ?? 'Quản trị hệ thống',
    adminPassword: password,
  });
  if (!input.success) {
    // Field names and messages only: the password's value is never printed.
    for (const issue of input.error.issues) io.print(`${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  return runDomain(io, async () => {
    const created = await setUpFirstAgency({ db: io.database.db, clock: io.clock }, input.data);
    io.print(
      `Đã tạo cơ quan "${created.agencyName}" và quản trị viên "${created.adminUsername}" / agency and administrator created. Đăng nhập / sign in with that username.`,
    );
  });
}

async function createPlatformAdmin(io: SetupCommandIo, name: string, displayName: string | undefined, password: string) {
  const parsed = username.safeParse(name);
  if (!parsed.success)
    throw validationError([{ field: 'platform-admin', message: { vi: parsed.error.issues[0]!.message, en: parsed.error.issues[0]!.message } }]);
  const input = { username: parsed.data, displayName: displayName ?? 'Quản trị nền tảng', password };
  await createPlatformAdministrator({ db: io.database.db, clock: io.clock }, input);
  io.print(`Đã tạo quản trị nền tảng "${parsed.data}" / platform administrator created: đăng nhập để tạo cơ quan / sign in to create agencies.`);
}

/** Runs a setup step: a refusal prints its reason (never a password) and exits 1, nothing changed. */
async function runDomain(io: SetupCommandIo, step: () => Promise<void>): Promise<number> {
  try {
    await step();
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      io.print(`${error.text.vi}\n${error.text.en}`);
      for (const field of error.fields) io.print(`${field.field}: ${field.message.vi} / ${field.message.en}`);
      return error.kind === 'validation' ? 2 : 1;
    }
    throw error;
  }
}
