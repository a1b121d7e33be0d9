import { Alert, Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/contracts';
import { localize, useLanguage } from '../../../shared/i18n';
import { importColumnLabelKey } from '../import-columns';

type RowError = ImportReport['errors'][number] & { key: number };

/** Counts, the verdict, and one table row per problem found in the file. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: TableColumnsType<RowError> = [
    { key: 'row', title: t('orgImport.row'), dataIndex: 'row', width: 90 },
    { key: 'field', title: t('orgImport.column'), render: (_, error) => t(importColumnLabelKey(error.field)), width: 180 },
    { key: 'message', title: t('orgImport.error'), render: (_, error) => localize(error.message, language) },
  ];
  const verdict = report.isCommitted
    ? { type: 'success' as const, title: t('orgImport.committed', { count: report.created }) }
    : report.errors.length > 0
      ? { type: 'error' as const, title: t('orgImport.hasErrors') }
      : { type: 'success' as const, title: t('orgImport.allValid') };

  return (
    <Card title={t('orgImport.reportTitle')}>
      <Row gutter={16} className="import-stats">
        <Col xs={12} md={6}>
          <Statistic title={t('orgImport.totalRows')} value={report.totalRows} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('orgImport.validRows')} value={report.validRows} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('orgImport.errorCount')} value={report.errors.length} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('orgImport.created')} value={report.created} />
        </Col>
      </Row>
      <Alert type={verdict.type} showIcon title={verdict.title} className="form-alert" role="status" />
      {report.errors.length > 0 && (
        <Table<RowError>
          size="small"
          columns={columns}
          dataSource={report.errors.map((error, index) => ({ ...error, key: index }))}
          pagination={report.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        />
      )}
    </Card>
  );
}
