import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentKinds, kindOfTypeCode, numberProblemText, parseDocumentNumber } from '../../../../../contracts/document-number';
import type { DocumentKind } from '../../../shared/contracts/documents';
import { localize } from '../../../shared/i18n';
import { foldText } from '../../../shared/format';
import { DateInput } from '../../../shared/ui';

/** The register's fields; the number is checked as typed by the same parser the server uses. */
export function DocumentFields({ fixedKind }: { fixedKind?: DocumentKind }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const number = Form.useWatch('number', form) as string | undefined;
  const parsed = number ? parseDocumentNumber(number) : null;
  const required = { required: true, whitespace: true, message: t('documents.form.required') };
  return (
    <>
      <Form.Item
        label={t('documents.field.number')}
        name="number"
        extra={
          parsed?.ok
            ? t('documents.numberParts', { sequence: parsed.value.sequence, typeCode: parsed.value.typeCode, issuerCode: parsed.value.issuerCode })
            : t('documents.numberHelp')
        }
        rules={[
          { required: true, message: t('documents.form.required') },
          {
            validator: (_, value?: string) => {
              if (!value) return Promise.resolve();
              const result = parseDocumentNumber(value);
              return result.ok ? Promise.resolve() : Promise.reject(new Error(localize(numberProblemText[result.problem])));
            },
          },
        ]}
      >
        <Input autoComplete="off" maxLength={60} placeholder="24-CT/TU" />
      </Form.Item>
      {!fixedKind && (
        <Form.Item
          label={t('documents.field.kind')}
          name="kind"
          dependencies={['number']}
          rules={[
            { required: true, message: t('documents.form.required') },
            ({ getFieldValue }) => ({
              validator: (_, kind?: DocumentKind) => {
                const result = parseDocumentNumber(getFieldValue('number') ?? '');
                if (!kind || !result.ok) return Promise.resolve();
                const expected = kindOfTypeCode(result.value.typeCode);
                return expected === kind
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('documents.form.kindMismatch', { typeCode: result.value.typeCode, kind: t(`documents.kind.${expected}`) })));
              },
            }),
          ]}
        >
          <Select
            options={documentKinds.map((value) => ({ value, label: t(`documents.kind.${value}`) }))}
            showSearch={{ filterOption: (input, option) => foldText(String(option?.label ?? '')).includes(foldText(input)) }}
          />
        </Form.Item>
      )}
      <Form.Item label={t('documents.field.title')} name="title" rules={[{ ...required, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item label={t('documents.field.issuingBody')} name="issuingBody" rules={[{ ...required, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label={t('documents.field.issueDate')} name="issueDate" rules={[{ required: true, message: t('documents.form.required') }]}>
        <DateInput />
      </Form.Item>
      <Form.Item label={t('documents.field.signer')} name="signer">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('documents.field.summary')} name="summary">
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      {parsed && !parsed.ok && <Typography.Text type="secondary">{t('documents.numberHelp')}</Typography.Text>}
    </>
  );
}
