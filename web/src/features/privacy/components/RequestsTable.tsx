import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../../shared/contracts/privacy';
import { formatDate, formatDateTime } from '../../../shared/format';

const stateColor = { received: 'blue', answered: 'green', refused: 'default' } as const;

interface Props {
  requests: PrivacyRequest[];
  isLoading: boolean;
  onDecide: (request: PrivacyRequest, action: 'answer' | 'refuse') => void;
}

/** The register: one row per request, its deadline in red once it has passed unanswered. */
export function RequestsTable({ requests, isLoading, onDecide }: Props) {
  const { t } = useTranslation();
  return (
    <Table<PrivacyRequest>
      rowKey="id"
      loading={isLoading}
      dataSource={requests}
      pagination={false}
      locale={{ emptyText: t('privacy.register.empty') }}
      columns={[
        { title: t('privacy.field.person'), dataIndex: 'personName' },
        { title: t('privacy.field.kind'), render: (_, r) => t(`privacy.kind.${r.kind}`) },
        { title: t('privacy.field.receivedOn'), render: (_, r) => formatDate(r.receivedOn) },
        {
          title: t('privacy.field.answerDueOn'),
          render: (_, r) => (
            <Tooltip title={t('privacy.register.rule', { rule: r.dueRule })}>
              <span className={r.isOverdue ? 'privacy-overdue' : undefined} data-overdue={r.isOverdue || undefined}>
                {formatDate(r.answerDueOn)}
                {r.isOverdue && ` · ${t('privacy.register.overdue')}`}
              </span>
            </Tooltip>
          ),
        },
        {
          title: t('privacy.field.state'),
          render: (_, r) => (
            <Flex vertical gap={2}>
              <Tag color={r.isOverdue ? 'red' : stateColor[r.state]}>{t(`privacy.state.${r.state}`)}</Tag>
              {r.answeredAt && <Typography.Text type="secondary">{`${r.handlerName ?? ''} · ${formatDateTime(r.answeredAt)}`}</Typography.Text>}
              {(r.answer ?? r.refusalReason) && <Typography.Text>{r.answer ?? r.refusalReason}</Typography.Text>}
            </Flex>
          ),
        },
        { title: t('privacy.field.note'), dataIndex: 'note' },
        {
          key: 'actions',
          render: (_, r) =>
            r.abilities.length > 0 && (
              <Flex gap={8}>
                <Button size="small" type="primary" onClick={() => onDecide(r, 'answer')}>
                  {t('privacy.register.answer')}
                </Button>
                <Button size="small" onClick={() => onDecide(r, 'refuse')}>
                  {t('privacy.register.refuse')}
                </Button>
              </Flex>
            ),
        },
      ]}
    />
  );
}
