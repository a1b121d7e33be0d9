import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestableTransferReason, TaskListItem } from '../../../../shared/contracts';
import { useCurrentUser } from '../../../auth';
import { PersonSelect } from '../../../org';
import { TextAreaField } from './TextAreaField';

const reasonCodes: RequestableTransferReason[] = ['wrong_unit', 'workload', 'expertise', 'absence', 'reorganisation', 'other'];

/**
 * The owner asks to hand the task on (a manager then approves); the assigner or unit head
 * names the new owner directly, who must still accept.
 */
export function TransferFields({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isOwner = task.owner.id === user.personId;
  return (
    <>
      <Alert type="warning" showIcon title={t(isOwner ? 'taskAction.hint.transferOwner' : 'taskAction.hint.transferManager')} className="form-alert" />
      <Form.Item label={t('taskAction.field.reasonCode')} name="reasonCode" rules={[{ required: true, message: t('taskAction.required.reasonCode') }]}>
        <Select options={reasonCodes.map((code) => ({ value: code, label: t(`work.transferReason.${code}`) }))} />
      </Form.Item>
      <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={t('taskAction.required.reason')} />
      <Form.Item
        label={t('taskAction.field.newOwner')}
        name="newOwnerId"
        rules={isOwner ? [] : [{ required: true, message: t('taskAction.required.newOwner') }]}
      >
        <PersonSelect<string> allowClear />
      </Form.Item>
    </>
  );
}
