import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/contracts';
import { FormDrawer } from '../../../shared/ui';
import { useMovePerson } from '../api';
import { UnitTreeSelect } from './UnitTreeSelect';

interface MovePersonDrawerProps {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  person: Person;
}

/** Transfers a person to another unit; their head/deputy roles in the old unit end. */
export function MovePersonDrawer({ open, onClose, afterClose, person }: MovePersonDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ unitId: string }>();
  const movePerson = useMovePerson();
  return (
    <FormDrawer
      title={t('org.move.title', { name: person.fullName })}
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      form={form}
      onSubmit={({ unitId }) => movePerson.mutateAsync({ id: person.id, unitId })}
    >
      <Form.Item label={t('org.field.unit')}>{person.unit.name}</Form.Item>
      <Form.Item label={t('org.move.unit')} name="unitId" rules={[{ required: true, message: t('org.unitRequired') }]}>
        <UnitTreeSelect isDisabled={(unit) => unit.id === person.unit.id} />
      </Form.Item>
    </FormDrawer>
  );
}
