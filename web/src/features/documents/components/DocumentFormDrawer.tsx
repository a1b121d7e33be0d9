import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DocumentDetail, DocumentInput, DocumentKind } from '../../../shared/contracts/documents';
import { toIsoDate } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { useCreateDocument, useUpdateDocument } from '../api';
import { documentPath } from '../paths';
import { DocumentFields } from './DocumentFields';

interface Values {
  kind: DocumentKind;
  number: string;
  title: string;
  summary?: string;
  issuingBody: string;
  issueDate: Dayjs;
  signer?: string;
}

const toBody = (values: Values): DocumentInput => ({
  kind: values.kind,
  number: values.number.trim(),
  title: values.title.trim(),
  summary: values.summary?.trim() ?? '',
  issuingBody: values.issuingBody.trim(),
  issueDate: toIsoDate(values.issueDate),
  signer: values.signer?.trim() ?? '',
});

/** Registers a document, or edits one when `document` is given. */
export function DocumentFormDrawer({ open, onClose, document }: { open: boolean; onClose: () => void; document?: DocumentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument();
  const update = useUpdateDocument(document?.id ?? '');
  const initialValues: Partial<Values> | undefined = document ? { ...document, issueDate: dayjs(document.issueDate) } : undefined;
  const submit = async (values: Values) => {
    if (document) {
      await update.mutateAsync(toBody(values));
    } else {
      const created = await create.mutateAsync(toBody(values));
      navigate(documentPath(created.id));
    }
  };
  return (
    <FormDrawer
      title={document ? t('documents.form.editTitle') : t('documents.form.createTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      onSubmit={submit}
      savedText={document ? undefined : t('documents.form.created')}
    >
      <DocumentFields />
    </FormDrawer>
  );
}
