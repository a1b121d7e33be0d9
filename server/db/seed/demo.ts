import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { type Config, feedbackIdentityKeyOf } from '../../config.js';
import type { Database } from '../client.js';
import { agencies } from '../schema/index.js';
import { createFileStore } from '../../platform/files.js';
import { systemClock } from '../../platform/clock.js';
import { seedDemoAgency } from './demo-agency.js';
import { seedDemoConduct } from './demo-conduct.js';
import { seedDemoDissemination } from './demo-dissemination.js';
import { seedDemoDocuments } from './demo-documents.js';
import { seedDemoEvaluation } from './demo-evaluation.js';
import { seedDemoExplanations } from './demo-explanations.js';
import { seedDemoFeedback } from './demo-feedback.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoNews } from './demo-news.js';
import { seedDemoPrivacy } from './demo-privacy.js';
import { seedDemoProcedures } from './demo-procedures.js';
import { seedDemoSchedule } from './demo-schedule.js';
import { seedDemoWork } from './demo-work.js';
import { seedDemoStructure } from './demo-structure.js';

const DEMO_HISTORY_TASKS = 200;

export type SeededDemo = Awaited<ReturnType<typeof seedDemoAgency>>;

/** The demo agency with every module's demo data, loaded when the database holds no agency and SEED_DEMO is on. */
export async function seedDemoWhenEmpty(config: Config, db: Database['db']): Promise<SeededDemo | null> {
  const [{ agencyCount }] = await db.select({ agencyCount: count() }).from(agencies);
  if (!config.SEED_DEMO || agencyCount > 0) return null;
  const seeded = await seedDemoAgency(db, systemClock);
  console.log('Đang nạp dữ liệu mẫu / loading the demo agency…');
  const now = () => systemClock.now();
  const files = createFileStore(join(config.DATA_DIR, 'files'));
  await seedDemoHistory(db, now(), seeded, DEMO_HISTORY_TASKS);
  await seedDemoWork(db, now(), seeded);
  await seedDemoStructure(db, now(), seeded);
  const { directiveId } = await seedDemoDocuments(db, now(), seeded, files);
  await seedDemoDissemination(db, now(), seeded, directiveId, files);
  await seedDemoConduct(db, now(), seeded);
  await seedDemoProcedures(db, now(), seeded);
  await seedDemoEvaluation(db, now(), seeded);
  await seedDemoPrivacy(db, now(), seeded);
  await seedDemoExplanations(db, now(), seeded);
  await seedDemoFeedback(db, now(), seeded, { files, identityKey: feedbackIdentityKeyOf(config) });
  await seedDemoNews(db, now(), seeded, { files });
  await seedDemoSchedule(db, now(), seeded);
  return seeded;
}

export function demoLoginLines(seeded: SeededDemo): string[] {
  return [
    'Đã nạp dữ liệu mẫu / demo agency loaded. Tài khoản mẫu / demo logins:',
    ...seeded.logins.map((login) => `  ${login.username.padEnd(10)} ${login.password}   ${login.description}`),
  ];
}
