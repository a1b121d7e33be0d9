import { Form, Input } from 'antd';

interface TextAreaFieldProps {
  name: string;
  label: string;
  /** The message when empty; absent for an optional field. */
  requiredMessage?: string;
  max?: number;
  rows?: number;
}

/** A labelled multi-line text field with a character counter. */
export function TextAreaField({ name, label, requiredMessage, max = 2000, rows = 3 }: TextAreaFieldProps) {
  return (
    <Form.Item label={label} name={name} rules={requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []}>
      <Input.TextArea rows={rows} showCount maxLength={max} />
    </Form.Item>
  );
}
