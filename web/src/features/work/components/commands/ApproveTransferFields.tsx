import { Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { PersonSelect } from '../../../org';
import { TextAreaField } from './TextAreaField';

/** The manager agrees to the transfer and names the new owner, who must then accept. */
export function ApproveTransferFields({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const request = task.openRequest?.kind === 'transfer' ? task.openRequest : null;
  const known = request?.proposedOwner ? [request.proposedOwner] : [];
  return (
    <>
      {request && (
        <Descriptions size="small" column={1} bordered className="form-alert">
          <Descriptions.Item label={t('work.detail.transferReason')}>{t(`work.transferReason.${request.reasonCode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.reason')}>{request.reason}</Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item label={t('taskAction.field.newOwner')} name="newOwnerId" rules={[{ required: true, message: t('taskAction.required.newOwner') }]}>
        <PersonSelect<string> known={known} />
      </Form.Item>
      <TextAreaField name="reason" label={t('taskAction.field.note')} />
    </>
  );
}
