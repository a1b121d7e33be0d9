import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeedbackStatus } from '../types';

const colors: Record<FeedbackStatus, string> = { received: 'gold', accepted: 'blue', case_opened: 'purple', answered: 'green', rejected: 'default' };

export function FeedbackStatusTag({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`feedback.status.${status}`)}</Tag>;
}
