import { createInterface } from 'node:readline';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { systemClock } from './platform/clock.js';
import { runSetupCommand } from './setup-command.js';

/** Asks for a password on the terminal without echoing it. */
function askPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    rl.question('Mật khẩu quản trị viên / administrator password: ', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer || undefined);
    });
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.includes('Mật khẩu')) write.call(rl, text);
    };
  });
}

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2 });
try {
  await database.migrate();
  process.exitCode = await runSetupCommand(process.argv.slice(2), {
    database,
    clock: systemClock,
    readPassword: () => (config.CONGVU_ADMIN_PASSWORD ? Promise.resolve(config.CONGVU_ADMIN_PASSWORD) : askPassword()),
    print: (line) => console.log(line),
  });
} finally {
  await database.close();
}
