import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenRequest } from '../../../shared/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';

/** The request waiting on the task: a difficulty with its proposal, a transfer, or an extension. */
export function OpenRequestPanel({ request }: { request: OpenRequest }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const details = (
    <Descriptions column={1} size="small" className="request-details">
      {request.kind === 'difficulty' && (
        <>
          <Descriptions.Item label={t('work.detail.difficulty')}>{request.description}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.proposal')}>{request.proposal}</Descriptions.Item>
          {request.proposedDueDate && <Descriptions.Item label={t('work.detail.proposedDueDate')}>{formatDate(request.proposedDueDate)}</Descriptions.Item>}
        </>
      )}
      {request.kind === 'transfer' && (
        <>
          <Descriptions.Item label={t('work.detail.transferStage')}>{t(`work.transferStage.${request.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.transferReason')}>{t(`work.transferReason.${request.reasonCode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.reason')}>{request.reason}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.proposedOwner')}>{request.proposedOwner?.fullName || none}</Descriptions.Item>
        </>
      )}
      {request.kind === 'extension' && (
        <>
          <Descriptions.Item label={t('work.detail.newDueDate')}>{formatDate(request.newDueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.reason')}>{request.reason}</Descriptions.Item>
        </>
      )}
    </Descriptions>
  );
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label={t(`work.requestKind.${request.kind}`)}
      title={`${t(`work.requestKind.${request.kind}`)} · ${t('work.detail.requestOpened', { time: formatDateTime(request.openedAt) })}`}
      description={details}
    />
  );
}
