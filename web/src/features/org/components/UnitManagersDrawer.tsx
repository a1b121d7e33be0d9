import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/contracts';
import { FormDrawer } from '../../../shared/ui';
import { useSetUnitManagers, useUnitPeople } from '../api';

interface ManagerValues {
  headId?: string | null;
  deputyIds?: string[];
}

interface UnitManagersDrawerProps {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  unit: Unit;
}

const MAX_DEPUTIES = 10;

/** Appoints the head and deputies of a unit from the people working in it. */
export function UnitManagersDrawer({ open, onClose, afterClose, unit }: UnitManagersDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ManagerValues>();
  const people = useUnitPeople(unit.id);
  const setManagers = useSetUnitManagers();
  const current = [...(unit.head ? [unit.head] : []), ...unit.deputies];
  const candidates = new Map([...current, ...(people.data ?? [])].map((person) => [person.id, person.fullName]));
  const options = [...candidates].map(([value, label]) => ({ value, label }));
  const select = { options, loading: people.isPending, placeholder: t('org.managersForm.placeholder'), showSearch: { optionFilterProp: 'label' } };

  return (
    <FormDrawer
      title={t('org.managersForm.title', { name: unit.name })}
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      form={form}
      initialValues={{ headId: unit.head?.id, deputyIds: unit.deputies.map((deputy) => deputy.id) }}
      onSubmit={({ headId, deputyIds }) => setManagers.mutateAsync({ id: unit.id, headId: headId ?? null, deputyIds: deputyIds ?? [] })}
    >
      <Form.Item label={t('org.managersForm.head')} name="headId">
        <Select allowClear {...select} />
      </Form.Item>
      <Form.Item
        label={t('org.managersForm.deputies')}
        name="deputyIds"
        rules={[{ type: 'array', max: MAX_DEPUTIES, message: t('org.managersForm.tooManyDeputies') }]}
      >
        <Select mode="multiple" allowClear {...select} />
      </Form.Item>
    </FormDrawer>
  );
}
