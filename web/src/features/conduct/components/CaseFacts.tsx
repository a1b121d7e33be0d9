import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConductCase } from '../../../shared/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { CaseSignalTags, CaseStatusTag } from './CaseTags';
import { CatalogItemText } from './CatalogItemText';

/** What the viewer may know of the case; the server already blanked what they may not. */
export function CaseFacts({ item }: { item: ConductCase }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const rows = [
    { key: 'status', label: t('conduct.list.status'), children: <CaseStatusTag status={item.status} /> },
    { key: 'subject', label: t('conduct.detail.subject'), children: `${item.subject.name} (${t(`conduct.category.${item.subject.category}`)})` },
    {
      key: 'items',
      label: t('conduct.detail.items'),
      children: (
        <ul className="case-items">
          {item.items.map((entry) => (
            <li key={`${entry.catalogKind}:${entry.code}`}>
              <CatalogItemText code={entry.code} text={entry.text} />{' '}
              <Typography.Text type="secondary">({t('conduct.detail.version', { version: entry.catalogVersion })})</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'description',
      label: t('conduct.detail.description'),
      children: <Typography.Paragraph className="pre-line">{item.description}</Typography.Paragraph>,
    },
    ...(item.source
      ? [
          {
            key: 'source',
            label: t('conduct.detail.source'),
            children: `${t(`conduct.source.${item.source}`)}${item.sourceReference ? ` · ${item.sourceReference}` : ''}`,
          },
        ]
      : []),
    { key: 'inspector', label: t('conduct.detail.inspector'), children: item.handlingInspector?.fullName ?? none },
    { key: 'detectedOn', label: t('conduct.detail.detectedOn'), children: formatDate(item.detectedOn) },
    { key: 'violationOn', label: t('conduct.detail.violationOn'), children: item.violationOn ? formatDate(item.violationOn) : none },
    { key: 'statute', label: t('conduct.detail.statute'), children: t(`conduct.statute.${item.statute.status}`) },
    {
      key: 'due',
      label: t('conduct.detail.handlingDueOn'),
      children: `${formatDate(item.handlingDueOn)}${item.isHandlingExtended ? ` (${t('conduct.detail.extended')})` : ''}`,
    },
    ...(item.explanationDueOn ? [{ key: 'explanationDueOn', label: t('conduct.detail.explanationDueOn'), children: formatDate(item.explanationDueOn) }] : []),
    ...(item.explanation
      ? [
          {
            key: 'explanation',
            label: t('conduct.detail.explanation'),
            children: (
              <Typography.Paragraph className="pre-line">
                {item.explanation}
                {item.explainedAt ? ` (${formatDateTime(item.explainedAt)})` : ''}
              </Typography.Paragraph>
            ),
          },
        ]
      : []),
    ...(item.conclusion
      ? [
          {
            key: 'conclusion',
            label: t('conduct.detail.conclusion'),
            children: (
              <>
                <Tag color={item.isViolationConfirmed ? 'red' : 'green'}>
                  {t(item.isViolationConfirmed ? 'conduct.field.confirmed' : 'conduct.field.notConfirmed')}
                </Tag>
                {item.severity && <Tag>{t(`conduct.severity.${item.severity}`)}</Tag>}
                <Typography.Paragraph className="pre-line">{item.conclusion}</Typography.Paragraph>
              </>
            ),
          },
        ]
      : []),
    ...(item.measure
      ? [
          {
            key: 'measure',
            label: t('conduct.detail.measure'),
            children: `${item.measure.formName ?? t(`conduct.measure.${item.measure.kind}`)}${item.measure.decisionNumber ? ` — ${t('conduct.detail.decision', { number: item.measure.decisionNumber, date: formatDate(item.measure.decisionOn) })}` : ''}`,
          },
        ]
      : []),
    ...(item.notifiedOn
      ? [
          {
            key: 'notified',
            label: t('conduct.detail.notifiedOn'),
            children: `${formatDate(item.notifiedOn)} · ${t('conduct.detail.appealDueOn')}: ${formatDate(item.appealDueOn)}`,
          },
        ]
      : []),
    ...(item.deferral
      ? [{ key: 'deferral', label: t('conduct.detail.deferral'), children: t(`conduct.deferral.${item.deferral.legalReason as 'serious_illness'}`) }]
      : []),
  ];
  return (
    <Card size="small">
      {item.confidentiality === 'confidential' && <Alert type="warning" showIcon title={t('conduct.detail.confidential')} className="form-alert" />}
      <CaseSignalTags signals={item.signals} />
      <Descriptions column={1} size="small" bordered items={rows} className="case-facts" />
      {item.reporter && (
        <Alert
          type="error"
          className="case-reporter"
          title={t('conduct.detail.reporter')}
          description={
            <>
              <div>{item.reporter.isAnonymous ? t('conduct.detail.anonymous') : `${item.reporter.name} · ${item.reporter.contact}`}</div>
              <Typography.Text type="secondary">{t('conduct.detail.reporterNote')}</Typography.Text>
            </>
          }
        />
      )}
    </Card>
  );
}
