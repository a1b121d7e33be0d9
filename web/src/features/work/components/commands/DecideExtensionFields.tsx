import { Descriptions, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { formatDate } from '../../../../shared/format';
import { TextAreaField } from './TextAreaField';

/** Approve or refuse the requested new due date; refusing needs a reason. */
export function DecideExtensionFields({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const decision = Form.useWatch<string | undefined>('decision', Form.useFormInstance());
  const request = task.openRequest?.kind === 'extension' ? task.openRequest : null;
  return (
    <>
      {request && (
        <Descriptions size="small" column={1} bordered className="form-alert">
          <Descriptions.Item label={t('work.field.dueDate')}>{formatDate(task.dueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.newDueDate')}>{formatDate(request.newDueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.reason')}>{request.reason}</Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item label={t('taskAction.field.decision')} name="decision" rules={[{ required: true, message: t('taskAction.required.decision') }]}>
        <Radio.Group options={(['approve', 'refuse'] as const).map((value) => ({ value, label: t(`taskAction.extensionDecision.${value}`) }))} />
      </Form.Item>
      <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={decision === 'refuse' ? t('taskAction.required.reason') : undefined} />
    </>
  );
}
