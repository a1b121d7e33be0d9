import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/contracts';
import { FormDrawer } from '../../../shared/ui';
import { useCreateUnit, useUpdateUnit } from '../api';
import { type CreatableUnitKind, creatableUnitKinds, UNIT_CODE_PATTERN } from '../org-options';
import { UnitTreeSelect } from './UnitTreeSelect';

interface UnitValues {
  parentId: string;
  name: string;
  code: string;
  kind: CreatableUnitKind;
}

interface UnitFormDrawerProps {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  /** The unit to edit (name and code); absent to add a unit under `defaultParentId`. */
  unit?: Unit;
  defaultParentId?: string;
}

export function UnitFormDrawer({ open, onClose, afterClose, unit, defaultParentId }: UnitFormDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitValues>();
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();

  const submit = ({ parentId, kind, ...values }: UnitValues) => {
    const name = values.name.trim();
    const code = values.code.trim();
    return unit ? updateUnit.mutateAsync({ id: unit.id, name, code }) : createUnit.mutateAsync({ parentId, kind, name, code });
  };

  return (
    <FormDrawer
      title={t(unit ? 'org.unitForm.editTitle' : 'org.unitForm.createTitle')}
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      form={form}
      initialValues={unit ? { name: unit.name, code: unit.code } : { parentId: defaultParentId, kind: 'department' }}
      onSubmit={submit}
    >
      {!unit && (
        <Form.Item label={t('org.unitForm.parent')} name="parentId" rules={[{ required: true, message: t('org.unitForm.parentRequired') }]}>
          <UnitTreeSelect />
        </Form.Item>
      )}
      <Form.Item label={t('org.unitForm.name')} name="name" rules={[{ required: true, whitespace: true, max: 200, message: t('org.unitForm.nameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('org.unitForm.code')}
        name="code"
        rules={[
          { required: true, whitespace: true, message: t('org.unitForm.codeRequired') },
          { pattern: UNIT_CODE_PATTERN, message: t('org.unitForm.codeInvalid') },
          { max: 30 },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      {!unit && (
        <Form.Item label={t('org.unitForm.kind')} name="kind" rules={[{ required: true, message: t('org.unitForm.kindRequired') }]}>
          <Select options={creatableUnitKinds.map((value) => ({ value, label: t(`org.kind.${value}`) }))} />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
