import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskOutcome, TaskSignal } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';
import { outcomeColors, signalColors } from '../work-labels';

interface TaskSignalTagsProps {
  signals: TaskSignal[];
  /** Shown first; "Trong hạn" is left out unless `showInTime`. */
  outcome?: TaskOutcome | null;
  showInTime?: boolean;
}

/** The outcome and the warning signals of a task, most urgent first. */
export function TaskSignalTags({ signals, outcome, showInTime }: TaskSignalTagsProps) {
  const { t } = useTranslation();
  const hasOverdueSignal = signals.some((signal) => signal.kind === 'overdue');
  const showOutcome = outcome && (showInTime || outcome !== 'open_in_time') && !(outcome === 'open_overdue' && hasOverdueSignal);
  return (
    <span className="task-tags">
      {showOutcome && <Tag color={outcomeColors[outcome]}>{t(`work.outcome.${outcome}`)}</Tag>}
      {signals.map((signal) => (
        <Tooltip key={signal.kind} title={signal.since ? t('work.signalSince', { date: formatDate(signal.since) }) : undefined}>
          <Tag color={signalColors[signal.kind]}>{t(`work.signal.${signal.kind}`)}</Tag>
        </Tooltip>
      ))}
    </span>
  );
}
