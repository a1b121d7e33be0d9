import {
  CheckCircleOutlined,
  CheckOutlined,
  CloseCircleOutlined,
  CommentOutlined,
  FieldTimeOutlined,
  RedoOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  SwapOutlined,
  ToolOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { QualityGrade, RequestableTransferReason, TaskListItem, WorkCommandName } from '../../shared/contracts';
import { toIsoDate } from '../../shared/format';

// A form's fields load when its dialog first opens: the lists that show the buttons stay light.
const ApproveTransferFields = lazy(() => import('./components/commands/ApproveTransferFields').then((m) => ({ default: m.ApproveTransferFields })));
const DecideDifficultyFields = lazy(() => import('./components/commands/DecideDifficultyFields').then((m) => ({ default: m.DecideDifficultyFields })));
const DecideExtensionFields = lazy(() => import('./components/commands/DecideExtensionFields').then((m) => ({ default: m.DecideExtensionFields })));
const DifficultyFields = lazy(() => import('./components/commands/DifficultyFields').then((m) => ({ default: m.DifficultyFields })));
const ExtensionFields = lazy(() => import('./components/commands/ExtensionFields').then((m) => ({ default: m.ExtensionFields })));
const GradeFields = lazy(() => import('./components/commands/GradeFields').then((m) => ({ default: m.GradeFields })));
const ProgressFields = lazy(() => import('./components/commands/ProgressFields').then((m) => ({ default: m.ProgressFields })));
const CommentFields = lazy(() => import('./components/commands/CommentFields').then((m) => ({ default: m.CommentFields })));
const ReasonOnlyFields = lazy(() => import('./components/commands/ReasonOnlyFields').then((m) => ({ default: m.ReasonOnlyFields })));
const ResultNoteFields = lazy(() => import('./components/commands/ResultNoteFields').then((m) => ({ default: m.ResultNoteFields })));
const ReopenFields = lazy(() => import('./components/commands/ReopenFields').then((m) => ({ default: m.ReopenFields })));
const TransferFields = lazy(() => import('./components/commands/TransferFields').then((m) => ({ default: m.TransferFields })));

/** Every value any command form may hold; each action reads the ones its form has. */
export interface CommandValues {
  note?: string;
  text?: string;
  reason?: string;
  percent?: number;
  description?: string;
  proposal?: string;
  proposedDueDate?: Dayjs | null;
  decision?: string;
  newDueDate?: Dayjs | null;
  title?: string;
  newOwnerId?: string;
  reasonCode?: RequestableTransferReason;
  grade?: QualityGrade;
  /** People mentioned in a comment (issue 28). */
  mentionIds?: string[];
}

/** The buttons a task may show; `respondToTransfer` is two of them, accept and refuse. */
export type ActionKey = Exclude<WorkCommandName, 'respondToTransfer'> | 'respondAccept' | 'respondRefuse';

export interface ActionSpec {
  key: ActionKey;
  command: WorkCommandName;
  icon: ReactNode;
  tone?: 'primary' | 'danger';
  /** Runs at once with this body, without a form. */
  instantBody?: object;
  Fields?: ComponentType<{ task: TaskListItem }>;
  toBody?: (values: CommandValues) => object;
  initialValues?: (task: TaskListItem) => CommandValues;
}

const trimmed = (value: string | undefined) => value?.trim() ?? '';
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const isoOrUndefined = (date: Dayjs | null | undefined) => (date ? toIsoDate(date) : undefined);
const reasonBody = (values: CommandValues) => ({ reason: trimmed(values.reason) });

/** In the order the actions bar shows them: answers first, then requests, then the rare ones. */
export const actionSpecs: ActionSpec[] = [
  { key: 'accept', command: 'accept', icon: <CheckOutlined aria-hidden />, tone: 'primary', instantBody: {} },
  { key: 'respondAccept', command: 'respondToTransfer', icon: <CheckOutlined aria-hidden />, tone: 'primary', instantBody: { response: 'accept' } },
  {
    key: 'respondRefuse',
    command: 'respondToTransfer',
    icon: <CloseCircleOutlined aria-hidden />,
    Fields: ReasonOnlyFields,
    toBody: (v) => ({ response: 'refuse', ...reasonBody(v) }),
  },
  {
    key: 'reportProgress',
    command: 'reportProgress',
    icon: <FieldTimeOutlined aria-hidden />,
    Fields: ProgressFields,
    toBody: (v) => ({ percent: v.percent ?? 0, note: trimmed(v.note) }),
    initialValues: (task) => ({ percent: task.progressPercent }),
  },
  {
    key: 'submit',
    command: 'submit',
    icon: <SendOutlined aria-hidden />,
    tone: 'primary',
    Fields: ResultNoteFields,
    toBody: (v) => ({ note: trimmed(v.note) }),
  },
  {
    key: 'acceptResult',
    command: 'acceptResult',
    icon: <CheckCircleOutlined aria-hidden />,
    tone: 'primary',
    Fields: GradeFields,
    toBody: (v) => ({ grade: v.grade, note: optional(v.note) }),
  },
  { key: 'returnForRework', command: 'returnForRework', icon: <RollbackOutlined aria-hidden />, Fields: ReasonOnlyFields, toBody: reasonBody },
  {
    key: 'decideDifficulty',
    command: 'decideDifficulty',
    icon: <ToolOutlined aria-hidden />,
    tone: 'primary',
    Fields: DecideDifficultyFields,
    toBody: (v) => ({
      decision: v.decision,
      reason: trimmed(v.reason),
      ...(v.decision === 'change_task' ? { title: optional(v.title), newDueDate: isoOrUndefined(v.newDueDate) } : {}),
      ...(v.decision === 'reassign' ? { newOwnerId: v.newOwnerId } : {}),
    }),
  },
  {
    key: 'approveTransfer',
    command: 'approveTransfer',
    icon: <SwapOutlined aria-hidden />,
    tone: 'primary',
    Fields: ApproveTransferFields,
    toBody: (v) => ({ newOwnerId: v.newOwnerId, reason: optional(v.reason) }),
    initialValues: (task) => ({ newOwnerId: task.openRequest?.kind === 'transfer' ? task.openRequest.proposedOwner?.id : undefined }),
  },
  { key: 'rejectTransfer', command: 'rejectTransfer', icon: <CloseCircleOutlined aria-hidden />, Fields: ReasonOnlyFields, toBody: reasonBody },
  {
    key: 'decideExtension',
    command: 'decideExtension',
    icon: <FieldTimeOutlined aria-hidden />,
    tone: 'primary',
    Fields: DecideExtensionFields,
    toBody: (v) => ({ decision: v.decision, reason: trimmed(v.reason) }),
  },
  {
    key: 'raiseDifficulty',
    command: 'raiseDifficulty',
    icon: <WarningOutlined aria-hidden />,
    Fields: DifficultyFields,
    toBody: (v) => ({ description: trimmed(v.description), proposal: trimmed(v.proposal), proposedDueDate: isoOrUndefined(v.proposedDueDate) }),
  },
  {
    key: 'requestExtension',
    command: 'requestExtension',
    icon: <FieldTimeOutlined aria-hidden />,
    Fields: ExtensionFields,
    toBody: (v) => ({ newDueDate: isoOrUndefined(v.newDueDate), reason: trimmed(v.reason) }),
  },
  {
    key: 'requestTransfer',
    command: 'requestTransfer',
    icon: <SwapOutlined aria-hidden />,
    Fields: TransferFields,
    toBody: (v) => ({ reasonCode: v.reasonCode, reason: trimmed(v.reason), newOwnerId: v.newOwnerId || undefined }),
  },
  {
    key: 'extend',
    command: 'extend',
    icon: <FieldTimeOutlined aria-hidden />,
    Fields: ExtensionFields,
    toBody: (v) => ({ newDueDate: isoOrUndefined(v.newDueDate), reason: trimmed(v.reason) }),
  },
  {
    key: 'comment',
    command: 'comment',
    icon: <CommentOutlined aria-hidden />,
    Fields: CommentFields,
    toBody: (v) => ({ text: trimmed(v.text), mentionIds: v.mentionIds?.length ? v.mentionIds : undefined }),
  },
  {
    key: 'reopen',
    command: 'reopen',
    icon: <RedoOutlined aria-hidden />,
    tone: 'primary',
    Fields: ReopenFields,
    toBody: (v) => ({ reason: trimmed(v.reason), newDueDate: isoOrUndefined(v.newDueDate) }),
  },
  { key: 'cancel', command: 'cancel', icon: <StopOutlined aria-hidden />, tone: 'danger', Fields: ReasonOnlyFields, toBody: reasonBody },
];

/**
 * The actions this task allows the viewer now, optionally limited to some keys: exactly the server's
 * `abilities`, so a button is never offered that the server would refuse.
 */
export function allowedActions(task: Pick<TaskListItem, 'abilities'>, only?: readonly ActionKey[]): ActionSpec[] {
  return actionSpecs.filter((spec) => task.abilities.includes(spec.command) && (!only || only.includes(spec.key)));
}
