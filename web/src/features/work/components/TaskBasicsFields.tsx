import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonSelect, UnitPicker } from '../../org';

interface TaskBasicsFieldsProps {
  /** The chosen unit: the owner is picked among its people. */
  unitId: string | undefined;
  /** People the owner list knows before it loads (the user themself). */
  known?: { id: string; fullName: string }[];
  /** Someone who only assigns to themselves sees their own name, fixed. */
  isOwnerFixed?: boolean;
}

/** What a task is and who answers for it: the fields a one-off task and a recurring series share. */
export function TaskBasicsFields({ unitId, known, isOwnerFixed = false }: TaskBasicsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('work.field.title')} name="title" rules={[{ required: true, whitespace: true, max: 300, message: t('work.create.titleRequired') }]}>
        <Input autoComplete="off" maxLength={300} />
      </Form.Item>
      <Form.Item label={t('work.field.description')} name="description">
        <Input.TextArea rows={3} showCount maxLength={5000} />
      </Form.Item>
      <Form.Item
        label={t('work.field.expectedOutput')}
        name="expectedOutput"
        rules={[{ required: true, whitespace: true, max: 1000, message: t('work.create.outputRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label={t('work.field.unit')} name="unitId" rules={[{ required: true, message: t('work.create.unitRequired') }]}>
        <UnitPicker<string> />
      </Form.Item>
      <Form.Item
        label={t('work.field.owner')}
        name="ownerId"
        extra={t('work.create.ownerHint')}
        rules={[{ required: true, message: t('work.create.ownerRequired') }]}
      >
        <PersonSelect<string> unitId={unitId} known={known} disabled={isOwnerFixed} />
      </Form.Item>
    </>
  );
}
