import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, List, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentRelationKinds } from '../../../../../contracts/document-vocabulary';
import type { DocumentDetail, DocumentRelationKind } from '../../../shared/contracts/documents';
import { formatDate } from '../../../shared/format';
import { FormDrawer } from '../../../shared/ui';
import { useAddRelation, useRemoveRelation } from '../api';
import { documentPath } from '../paths';
import { DocumentSelect } from './DocumentSelect';
import { KindTag } from './KindTag';

/** Implements / replaces / amends, in both directions; writers add and remove the ones this document states. */
export function RelationsCard({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isOpen, setOpen] = useState(false);
  const [form] = Form.useForm<{ kind: DocumentRelationKind; targetDocumentId: string }>();
  const add = useAddRelation(document.id);
  const remove = useRemoveRelation(document.id);
  const label = (kind: DocumentRelationKind, direction: 'outgoing' | 'incoming') =>
    t(direction === 'outgoing' ? `documents.relation.${kind}` : `documents.relation.${kind}Incoming`);

  return (
    <Card
      size="small"
      title={t('documents.detail.relations')}
      extra={
        document.canWrite && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('documents.detail.addRelation')}
          </Button>
        )
      }
    >
      <List
        dataSource={document.relations}
        locale={{ emptyText: t('documents.detail.noRelations') }}
        renderItem={(relation) => (
          <List.Item
            actions={
              document.canWrite && relation.direction === 'outgoing'
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('documents.detail.removeConfirm')}
                      onConfirm={() => remove.mutateAsync(relation.id).then(() => message.success(t('common.saved')))}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('documents.detail.removeRelation')} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <>
                  <Typography.Text type="secondary">{label(relation.kind, relation.direction)}: </Typography.Text>
                  <Link to={documentPath(relation.document.id)}>{relation.document.number}</Link> <KindTag kind={relation.document.kind} />
                </>
              }
              description={`${relation.document.title} · ${formatDate(relation.document.issueDate)}`}
            />
          </List.Item>
        )}
      />
      <FormDrawer
        title={t('documents.relationForm.title')}
        open={isOpen}
        onClose={() => setOpen(false)}
        form={form}
        initialValues={{ kind: 'implements' }}
        onSubmit={(values) => add.mutateAsync(values)}
        submitText={t('documents.relationForm.submit')}
      >
        <Form.Item label={t('documents.relationForm.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={documentRelationKinds.map((value) => ({ value, label: t(`documents.relation.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('documents.relationForm.target')} name="targetDocumentId" rules={[{ required: true, message: t('documents.form.required') }]}>
          <DocumentSelect excludeId={document.id} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
