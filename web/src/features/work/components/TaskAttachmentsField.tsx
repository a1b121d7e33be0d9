import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES } from './TaskAttachments';

/** Files chosen with the assignment; they are uploaded to the task as soon as the server has created it. */
export function TaskAttachmentsField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('workAssign.attachments')}
      name="attachments"
      valuePropName="fileList"
      getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
      extra={t('workAssign.attachmentsHint')}
    >
      <Upload accept={ATTACHMENT_TYPES} multiple beforeUpload={() => false}>
        <Button icon={<UploadOutlined aria-hidden />}>{t('workAssign.attachmentsAdd')}</Button>
      </Upload>
    </Form.Item>
  );
}
