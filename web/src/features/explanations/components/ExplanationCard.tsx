import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Explanation } from '../../../shared/contracts/explanations';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useCurrentUser } from '../../auth';
import { casePath } from '../../conduct/paths';
import { explanationPath } from '../paths';
import { itemPath } from '../item-path';
import { ExplanationActions } from './ExplanationActions';

const STATUS_COLOR = { awaiting_answer: 'processing', answered: 'warning', accepted: 'success', not_accepted: 'error' } as const;

/** One request with its moments (asked, explained, decided, escalated) and the actions this user may take. */
export function ExplanationCard({ explanation: e, isLinked = true }: { explanation: Explanation; isLinked?: boolean }) {
  const { t } = useTranslation();
  const title = `${t(`explanations.itemKind.${e.item.kind}`)}: ${e.item.title}`;
  const target = itemPath(e, useCurrentUser().personId);
  return (
    <Card
      size="small"
      title={isLinked ? <Link to={explanationPath(e.id)}>{title}</Link> : title}
      extra={
        <Flex gap={4} wrap>
          <Tag color={STATUS_COLOR[e.status]}>{t(`explanations.status.${e.status}`)}</Tag>
          {e.isOverdue && <Tag color="red">{t('explanations.tag.overdue')}</Tag>}
          {e.escalatedAt && <Tag color="volcano">{t('explanations.tag.escalated')}</Tag>}
        </Flex>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('explanations.field.subject')}>{e.subject.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('explanations.field.requester')}>
          {e.requester.fullName} · {t('explanations.requestedOn', { date: formatDateTime(e.requestedAt) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('explanations.field.dueOn')}>
          <Typography.Text type={e.isOverdue ? 'danger' : undefined}>{formatDate(e.dueOn)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('explanations.field.questions')}>
          <Typography.Paragraph className="explanation-text">{e.questions}</Typography.Paragraph>
        </Descriptions.Item>
        {e.answer !== null && (
          <Descriptions.Item label={t('explanations.field.answer')}>
            <Typography.Paragraph className="explanation-text">
              {e.answer}
              <br />
              <Typography.Text type="secondary">{t('explanations.answeredOn', { date: formatDateTime(e.answeredAt) })}</Typography.Text>
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {e.decidedAt && (
          <Descriptions.Item label={t('explanations.field.isAccepted')}>
            {t(`explanations.status.${e.status}`)} · {t('explanations.decidedOn', { date: formatDateTime(e.decidedAt) })}
            {e.decisionNote && <Typography.Paragraph className="explanation-text">{e.decisionNote}</Typography.Paragraph>}
          </Descriptions.Item>
        )}
        {e.escalatedAt && (
          <Descriptions.Item label={t('explanations.tag.escalated')}>
            {t('explanations.escalatedTo', { names: e.escalatedTo.map((person) => person.fullName).join(', ') || '—' })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Flex gap={8} wrap>
        {target && <Link to={target}>{t('explanations.action.openItem')}</Link>}
        {e.caseId && <Link to={casePath(e.caseId)}>{t('explanations.action.viewCase')}</Link>}
        <ExplanationActions explanation={e} />
      </Flex>
    </Card>
  );
}
