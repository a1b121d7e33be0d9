import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from '../../../shared/ui';
import { useLogin } from '../api';

interface LoginValues {
  username: string;
  password: string;
}

/**
 * Username and password; the server's reason (wrong password, locked, too many tries) is shown
 * above. A successful sign-in stores the session, which takes the login page away.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();
  const { formError, clearFormError, reportError } = useServerFormErrors(form);

  const submit = (values: LoginValues) => {
    clearFormError();
    login.mutate(values, {
      onError: (error) => {
        reportError(error);
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
      {formError && <Alert type="error" showIcon title={formError} className="form-alert" role="alert" />}
      <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.login')}
      </Button>
    </Form>
  );
}
