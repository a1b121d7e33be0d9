import { and, eq } from 'drizzle-orm';
import { requestExplanation } from '../../modules/explanations/index.js';
import type { Db } from '../client.js';
import { tasks } from '../schema/index.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';

const OVERDUE_DEMO_TASK = 'Tổng hợp kết quả tự kiểm tra 25 biểu hiện của cán bộ trong Ban';

/**
 * The head of Ban Tuyên giáo asks for an explanation of the overdue demo task (seedDemoWork), so
 * canbo2 finds it under "Giải trình" on first start and truongban sees it on the task page.
 */
export async function seedDemoExplanations(db: Db, now: Date, seeded: SeededAgency, usernamePrefix = '') {
  const { deps, actor } = demoWorkContext(db, now, usernamePrefix);
  const [task] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.agencyId, seeded.agencyId), eq(tasks.title, OVERDUE_DEMO_TASK)));
  if (!task) return;
  await requestExplanation(deps, await actor('truongban'), {
    item: { kind: 'task', taskId: task.id },
    workingDays: 3,
    questions: 'Đề nghị đồng chí giải trình lý do chưa hoàn thành báo cáo tổng hợp đúng hạn và cho biết thời gian hoàn thành.',
  });
}
