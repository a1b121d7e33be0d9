import { Alert, App, Button, Drawer, Flex, Form, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from './use-server-form-errors';

interface FormDrawerProps<Values> {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  /** Called once the closing animation has finished. */
  afterClose?: () => void;
  form: FormInstance<Values>;
  /** Sends the values; a rejection's field errors land on the form. */
  onSubmit: (values: Values) => Promise<unknown>;
  initialValues?: Partial<Values>;
  /** The submit button's text, "Lưu" by default. */
  submitText?: ReactNode;
  /** The notice after success, "Đã lưu" by default. */
  savedText?: string;
  children: ReactNode;
}

/** A side drawer holding one form, with "Hủy" / "Lưu", server errors and the "Đã lưu" notice. */
export function FormDrawer<Values>({
  title,
  open,
  onClose,
  afterClose,
  form,
  onSubmit,
  initialValues,
  submitText,
  savedText,
  children,
}: FormDrawerProps<Values>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);
  const [isSaving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    clearFormError();
    setSaving(true);
    try {
      await onSubmit(values);
      void message.success(savedText ?? t('common.saved'));
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer title={title} open={open} onClose={onClose} afterOpenChange={(isOpen) => !isOpen && afterClose?.()} size={480} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues} onValuesChange={clearFormError} scrollToFirstError>
        {formError && <Alert type="error" showIcon title={formError} className="form-alert" />}
        {children}
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={isSaving}>
            {submitText ?? t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
