import { Descriptions, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/contracts';
import { formatDate } from '../../../../shared/format';
import { PersonSelect } from '../../../org';
import { FutureDateField } from './FutureDateField';
import { TextAreaField } from './TextAreaField';

const decisions = ['approve_proposal', 'change_task', 'reassign'] as const;

/** Approve the owner's proposal, adjust the task (title, due date), or give it to someone else. */
export function DecideDifficultyFields({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const decision = Form.useWatch<(typeof decisions)[number] | undefined>('decision', Form.useFormInstance());
  const request = task.openRequest?.kind === 'difficulty' ? task.openRequest : null;
  return (
    <>
      {request && (
        <Descriptions size="small" column={1} bordered className="form-alert">
          <Descriptions.Item label={t('work.detail.difficulty')}>{request.description}</Descriptions.Item>
          <Descriptions.Item label={t('work.detail.proposal')}>{request.proposal}</Descriptions.Item>
          {request.proposedDueDate && <Descriptions.Item label={t('work.detail.proposedDueDate')}>{formatDate(request.proposedDueDate)}</Descriptions.Item>}
        </Descriptions>
      )}
      <Form.Item label={t('taskAction.field.decision')} name="decision" rules={[{ required: true, message: t('taskAction.required.decision') }]}>
        <Radio.Group options={decisions.map((value) => ({ value, label: t(`taskAction.difficultyDecision.${value}`) }))} />
      </Form.Item>
      {decision === 'change_task' && (
        <>
          <Form.Item label={t('taskAction.field.newTitle')} name="title" rules={[{ max: 300 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <FutureDateField name="newDueDate" label={t('taskAction.field.newDueDate')} />
        </>
      )}
      {decision === 'reassign' && (
        <Form.Item label={t('taskAction.field.newOwner')} name="newOwnerId" rules={[{ required: true, message: t('taskAction.required.newOwner') }]}>
          <PersonSelect<string> />
        </Form.Item>
      )}
      <TextAreaField name="reason" label={t('taskAction.field.reason')} requiredMessage={t('taskAction.required.reason')} />
    </>
  );
}
