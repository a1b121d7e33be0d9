import { Checkbox, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Person, PersonCategory } from '../../../shared/contracts';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { type PersonBody, useCreatePerson, useUpdatePerson } from '../api';
import { PHONE_PATTERN, personCategories } from '../org-options';
import { UnitTreeSelect } from './UnitTreeSelect';

interface PersonValues {
  fullName: string;
  position?: string;
  category: PersonCategory;
  unitId: string;
  email?: string;
  phone?: string;
  isPartyMember?: boolean;
  birthDate?: Dayjs | null;
}

interface PersonFormDrawerProps {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  /** The person to edit; absent to add someone to `defaultUnitId`. */
  person?: Person;
  defaultUnitId?: string;
}

function toBody(values: PersonValues): PersonBody {
  return {
    fullName: values.fullName.trim(),
    position: values.position?.trim() ?? '',
    category: values.category,
    unitId: values.unitId,
    email: values.email?.trim() || null,
    phone: values.phone?.trim() || null,
    isPartyMember: Boolean(values.isPartyMember),
    birthDate: values.birthDate ? toIsoDate(values.birthDate) : null,
  };
}

/** Adds a person, or edits one (moving to another unit is a separate action). */
export function PersonFormDrawer({ open, onClose, afterClose, person, defaultUnitId }: PersonFormDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PersonValues>();
  const createPerson = useCreatePerson();
  const updatePerson = useUpdatePerson();
  const initialValues: Partial<PersonValues> = person
    ? {
        ...person,
        email: person.email ?? undefined,
        phone: person.phone ?? undefined,
        isPartyMember: Boolean(person.isPartyMember),
        birthDate: person.birthDate ? dayjs(person.birthDate) : null,
      }
    : { category: 'civil_servant', unitId: defaultUnitId, isPartyMember: false };

  const submit = (values: PersonValues) => {
    const { unitId, ...body } = toBody(values);
    return person ? updatePerson.mutateAsync({ id: person.id, ...body }) : createPerson.mutateAsync({ unitId, ...body });
  };

  return (
    <FormDrawer
      title={t(person ? 'org.personEditTitle' : 'org.personCreateTitle')}
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      form={form}
      initialValues={initialValues}
      onSubmit={submit}
    >
      <Form.Item label={t('org.field.fullName')} name="fullName" rules={[{ required: true, whitespace: true, max: 120, message: t('org.fullNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('org.field.position')} name="position" rules={[{ max: 120 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('org.field.category')} name="category" rules={[{ required: true, message: t('org.categoryRequired') }]}>
        <Select options={personCategories.map((value) => ({ value, label: t(`org.category.${value}`) }))} />
      </Form.Item>
      {!person && (
        <Form.Item label={t('org.field.unit')} name="unitId" rules={[{ required: true, message: t('org.unitRequired') }]}>
          <UnitTreeSelect />
        </Form.Item>
      )}
      <Form.Item label={t('org.field.email')} name="email" rules={[{ type: 'email', max: 200, message: t('org.emailInvalid') }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('org.field.phone')} name="phone" rules={[{ pattern: PHONE_PATTERN, message: t('org.phoneInvalid') }]}>
        <Input type="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('org.field.birthDate')} name="birthDate">
        <DateInput />
      </Form.Item>
      <Form.Item name="isPartyMember" valuePropName="checked">
        <Checkbox>{t('org.field.partyMember')}</Checkbox>
      </Form.Item>
    </FormDrawer>
  );
}
