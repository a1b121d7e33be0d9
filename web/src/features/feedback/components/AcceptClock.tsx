import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import type { FeedbackSummary } from '../types';

/** The 8-working-hour acceptance clock (and the urgent 4-hour one): overdue is a warning, not a decision. */
export function AcceptClock({ report }: { report: Pick<FeedbackSummary, 'status' | 'clock'> }) {
  const { t } = useTranslation();
  const { clock } = report;
  return (
    <Flex vertical gap={4} align="flex-start">
      {report.status === 'received' && !clock.isAcceptOverdue && (
        <Tag icon={<ClockCircleOutlined aria-hidden />} color="blue">
          {t('feedback.queue.due', { when: formatDateTime(clock.acceptDueAt) })}
        </Tag>
      )}
      {clock.isAcceptOverdue && (
        <Tag icon={<WarningOutlined aria-hidden />} color="red">
          {report.status === 'received' ? `${t('feedback.queue.overdue')} · ${formatDateTime(clock.acceptDueAt)}` : t('feedback.queue.acceptedLate')}
        </Tag>
      )}
      {clock.resolveDueAt && (
        <Tag color={clock.isResolveOverdue ? 'red' : 'orange'}>
          {t('feedback.detail.resolveDue')}: {formatDateTime(clock.resolveDueAt)}
        </Tag>
      )}
    </Flex>
  );
}
