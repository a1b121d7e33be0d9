import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../shared/api';
import type { ConclusionRef } from '../../../shared/contracts/dissemination';
import { meetingPath } from '../paths';

/**
 * On a task from a meeting conclusion: the conclusion, linking to its meeting. The server answers only
 * those who may open the meeting; anyone else reads the kind of source as plain text, no dead link.
 */
export function ConclusionSourceLink({ conclusionId }: { conclusionId: string }) {
  const { t } = useTranslation();
  const conclusion = useQuery({
    queryKey: ['meeting-conclusions', 'detail', conclusionId],
    queryFn: ({ signal }) => api.get<ConclusionRef>(`/meeting-conclusions/${conclusionId}`, undefined, signal),
    retry: false,
  });
  if (!conclusion.data) return <Typography.Text type="secondary">{t('workAssign.sourceKinds.meeting_conclusion')}</Typography.Text>;
  return (
    <span>
      {conclusion.data.text} — <Link to={meetingPath(conclusion.data.meeting.id)}>{conclusion.data.meeting.title}</Link>
    </span>
  );
}
