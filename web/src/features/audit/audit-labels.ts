import type { TFunction } from 'i18next';
import type { Messages } from '../../shared/i18n';

type ActionKey = keyof Messages['audit']['actions'];
type SubjectKey = keyof Messages['audit']['subjects'];

/** Actions the server records today, grouped by subject, in the order shown in the filter. */
export const knownActions = [
  'user.logged_in',
  'user.logged_out',
  'user.login_failed',
  'user.locked',
  'user.password_changed',
  'person.created',
  'person.updated',
  'person.moved',
  'person.deactivated',
  'person.imported',
  'unit.created',
  'unit.updated',
  'unit.moved',
  'unit.deactivated',
  'unit.managers_set',
  'agency.seeded',
] as const;

export const knownSubjects: SubjectKey[] = ['agency', 'user', 'person', 'unit', 'import'];

const actionKeyOf = (action: string) => action.replace('.', '_') as ActionKey;

/** The action's name in the current language; unknown (newer) actions show their code. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${actionKeyOf(action)}`, { defaultValue: action });
}

export function subjectLabel(t: TFunction, subjectType: string): string {
  return t(`audit.subjects.${subjectType as SubjectKey}`, { defaultValue: subjectType });
}
