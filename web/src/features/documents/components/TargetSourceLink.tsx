import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../shared/api';
import type { TargetRef } from '../../../shared/contracts/documents';
import { documentKeys } from '../api';
import { planPath } from '../paths';

/** On a task that serves a plan target: the target and its plan, linking to the plan page. */
export function TargetSourceLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const target = useQuery({
    queryKey: [...documentKeys.all, 'target', targetId],
    queryFn: ({ signal }) => api.get<TargetRef>(`/plan-targets/${targetId}`, undefined, signal),
  });
  if (!target.data) return <Typography.Text type="secondary">{t('documents.target.metric')}</Typography.Text>;
  return (
    <span>
      {target.data.metric} — <Link to={planPath(target.data.plan.id)}>{`${t('documents.kind.plan')} ${target.data.plan.number}`}</Link>
    </span>
  );
}
