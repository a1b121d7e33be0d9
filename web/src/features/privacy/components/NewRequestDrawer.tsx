import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { privacyRequestKinds, type PrivacyRequestKind } from '../../../../../contracts/privacy-vocabulary';
import { toIsoDate } from '../../../shared/format';
import { DateInput, FormDrawer } from '../../../shared/ui';
import { PersonSelect } from '../../org';
import { useCreatePrivacyRequest } from '../api';

interface Values {
  personId: string;
  kind: PrivacyRequestKind;
  receivedOn: Dayjs;
  note?: string;
}

/** Registers a request received from a person; the server computes the answer deadline. */
export function NewRequestDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePrivacyRequest();
  return (
    <FormDrawer<Values>
      title={t('privacy.register.add')}
      open={open}
      onClose={onClose}
      afterClose={() => form.resetFields()}
      form={form}
      savedText={t('privacy.register.added')}
      initialValues={{ kind: 'access' }}
      onSubmit={(values) =>
        create.mutateAsync({ personId: values.personId, kind: values.kind, receivedOn: toIsoDate(values.receivedOn), note: values.note ?? '' })
      }
    >
      <Form.Item name="personId" label={t('privacy.field.person')} rules={[{ required: true }]}>
        <PersonSelect<string> aria-label={t('privacy.field.person')} />
      </Form.Item>
      <Form.Item name="kind" label={t('privacy.field.kind')} rules={[{ required: true }]}>
        <Select options={privacyRequestKinds.map((kind) => ({ value: kind, label: t(`privacy.kind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('privacy.field.receivedOn')} rules={[{ required: true }]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label={t('privacy.field.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormDrawer>
  );
}
