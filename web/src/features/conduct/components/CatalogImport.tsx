import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Form, Input, Radio, Table, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { CatalogImportResult, CatalogKind } from '../../../shared/contracts';
import { localize, useLanguage } from '../../../shared/i18n';
import { useImportCatalog } from '../api';

const ACCEPTED = /\.(xlsx|csv|json)$/i;

/** Choose a file and a version name, check it (every row shown, errors by row and column), then confirm. */
export function CatalogImport({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const importCatalog = useImportCatalog();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<CatalogKind>('directive');
  const [version, setVersion] = useState('');
  const [result, setResult] = useState<CatalogImportResult | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    const answer = await importCatalog.mutateAsync({ file, kind, version: version.trim(), dryRun });
    setResult(answer);
    if (!dryRun && answer.catalogId) {
      void message.success(t('conduct.catalog.imported'));
      onClose();
    }
  };
  const reset = () => setResult(null);
  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : [];
  const error = importCatalog.error;
  const canConfirm = Boolean(file && version.trim() && result?.dryRun && result.errors.length === 0 && result.rows.length > 0);

  return (
    <Drawer title={t('conduct.catalog.importTitle')} open={open} onClose={onClose} size={760} destroyOnHidden>
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('conduct.catalog.importHint')} />
        <Form layout="vertical">
          <Form.Item label={t('conduct.catalog.kind')}>
            <Radio.Group
              value={kind}
              onChange={(event) => (setKind(event.target.value), reset())}
              options={(['directive', 'related'] as const).map((value) => ({ value, label: t(`conduct.catalog.${value}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('conduct.catalog.newVersion')} required>
            <Input
              value={version}
              maxLength={40}
              onChange={(event) => (setVersion(event.target.value), reset())}
              aria-label={t('conduct.catalog.newVersion')}
            />
          </Form.Item>
        </Form>
        <Upload.Dragger
          accept=".xlsx,.csv,.json"
          multiple={false}
          fileList={fileList}
          beforeUpload={(chosen) => {
            if (!ACCEPTED.test(chosen.name)) return Upload.LIST_IGNORE;
            setFile(chosen);
            reset();
            return false;
          }}
          onRemove={() => (setFile(null), reset())}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('conduct.catalog.chooseFile')}</p>
        </Upload.Dragger>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error instanceof ApiError ? localize(error.fieldErrors[0]?.message ?? error.text, language) : t('errors.crashTitle')}
          />
        )}
        <Flex gap={8} justify="flex-end">
          <Button disabled={!file || !version.trim()} loading={importCatalog.isPending} onClick={() => void send(true)}>
            {t('conduct.catalog.check')}
          </Button>
          <Button type="primary" disabled={!canConfirm} loading={importCatalog.isPending} onClick={() => void send(false)}>
            {t('conduct.catalog.confirm')}
          </Button>
        </Flex>
        {result && result.errors.length === 0 && result.dryRun && (
          <Alert type="success" showIcon title={t('conduct.catalog.checked', { count: result.rows.length })} />
        )}
        {result && result.errors.length > 0 && (
          <Table
            size="small"
            title={() => t('conduct.catalog.errors')}
            rowKey={(row) => `${row.row}:${row.field}:${localize(row.message, language)}`}
            pagination={false}
            dataSource={result.errors}
            columns={[
              { title: t('conduct.catalog.row'), dataIndex: 'row', width: 70 },
              { title: t('conduct.catalog.field'), dataIndex: 'field', width: 110 },
              { title: t('conduct.catalog.message'), key: 'message', render: (_: unknown, row) => localize(row.message, language) },
            ]}
          />
        )}
        {result && result.rows.length > 0 && (
          <Table
            size="small"
            rowKey="row"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={result.rows}
            columns={[
              { title: t('conduct.catalog.row'), dataIndex: 'row', width: 60 },
              { title: t('conduct.catalog.group'), dataIndex: 'groupCode', width: 80 },
              { title: t('conduct.catalog.code'), dataIndex: 'code', width: 100 },
              { title: t('conduct.catalog.text'), dataIndex: 'text' },
            ]}
          />
        )}
      </Flex>
    </Drawer>
  );
}
