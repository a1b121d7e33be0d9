import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acknowledgementEventKinds } from '../../../../contracts/dissemination';
import { feedbackEventKinds } from '../../../../contracts/feedback-vocabulary';
import { taskEventKinds } from '../../../../contracts/work-vocabulary';
import { newsStatuses } from '../../../../contracts/news-vocabulary';
import { scorecardStepKinds } from '../../../../contracts/evaluation-vocabulary';
import { procedureVersionDecisions } from '../../../../contracts/procedures';
import { weeklyScheduleStatuses } from '../../../../contracts/schedule';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import { activitySentence, knownActions, knownSubjects } from './audit-labels';

/** The server's code that writes audit rows (tests and fixtures left out). */
function serverSources(): { file: string; text: string }[] {
  const root = join(__dirname, '../../../../server');
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.split(/[\\/]/).includes('test'))
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}

// Where an action is named: recordAction(…, 'x.y', …), an audit entry's `action: 'x.y'`, a history event's `kind: 'x.y'`.
const NAMED_ACTION = /(?:recordAction\([^;]*?|\baction: |\bkind: )'([a-z_]+\.[a-z_]+)'/g;
// Families written with a template take their second half from a typed vocabulary.
const TEMPLATE_FAMILIES: Record<string, readonly string[]> = {
  public_report: feedbackEventKinds,
  assignment: acknowledgementEventKinds,
  news: newsStatuses,
  evaluation_scorecard: scorecardStepKinds,
  procedure: procedureVersionDecisions,
  schedule: weeklyScheduleStatuses,
};

/** Every action the server may write: the typed task events, the templated families and each named action. */
function serverActions(): {
  actions: Set<string>;
  unknownTemplates: string[];
  subjects: Set<string>;
} {
  const actions = new Set<string>(taskEventKinds);
  const subjects = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const [family, kinds] of Object.entries(TEMPLATE_FAMILIES)) for (const kind of kinds) actions.add(`${family}.${kind}`);
  for (const { file, text } of serverSources()) {
    for (const match of text.matchAll(NAMED_ACTION)) actions.add(match[1]);
    for (const line of text.split('\n').filter((l) => l.includes('recordAction('))) {
      for (const template of text.matchAll(/`([a-z_]+)\.\$\{/g)) if (!TEMPLATE_FAMILIES[template[1]]) unknownTemplates.push(`${file}: ${template[1]}`);
      for (const subject of line.matchAll(/\{ type: '([a-z_]+)'/g)) subjects.add(subject[1]);
    }
    for (const subject of text.matchAll(/\bsubjectType: '([a-z_]+)'/g)) subjects.add(subject[1]);
  }
  return { actions, unknownTemplates, subjects };
}

const labelKey = (action: string) => action.replace('.', '_');

describe('audit words', () => {
  const found = serverActions();

  it('finds the actions the server writes', () => {
    expect(found.actions).toContain('task.assigned');
    expect(found.actions).toContain('case.recorded');
    expect(found.actions).toContain('public_report.case_opened');
    expect(found.actions.size).toBeGreaterThan(90);
    expect(found.unknownTemplates).toEqual([]);
  });

  it('gives every action the server writes a Vietnamese and an English label, and a place in the filter', () => {
    const actions = vi.audit.actions as Record<string, string>;
    const english = en.audit.actions as Record<string, string>;
    const missing = [...found.actions].filter(
      (action) => !actions[labelKey(action)] || !english[labelKey(action)] || !(knownActions as readonly string[]).includes(action),
    );
    expect(missing).toEqual([]);
  });

  it('gives every subject kind a Vietnamese and an English name', () => {
    const missing = [...found.subjects].filter(
      (subject) =>
        !(vi.audit.subjects as Record<string, string>)[subject] ||
        !(en.audit.subjects as Record<string, string>)[subject] ||
        !knownSubjects.includes(subject as never),
    );
    expect(missing).toEqual([]);
  });

  it('tells an activity as a sentence, quoting the record it names', () => {
    const t = ((key: string, values?: Record<string, string>) => {
      const path = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], vi);
      return typeof path === 'string' ? path.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values?.[name] ?? '') : (values?.defaultValue ?? key);
    }) as never;
    const change = {
      before: {},
      after: { status: 'assigned', ownerId: 'x', title: 'Báo cáo quý IV' },
    };
    expect(
      activitySentence(t, 'vi', {
        actorName: 'Nguyễn Văn A',
        action: 'task.assigned',
        change,
      }),
    ).toBe('Nguyễn Văn A giao nhiệm vụ “Báo cáo quý IV”');
    expect(
      activitySentence(t, 'vi', {
        actorName: 'Nguyễn Văn A',
        action: 'user.logged_in',
        change: {},
      }),
    ).toBe('Nguyễn Văn A đăng nhập');
  });
});
