import type { TFunction } from 'i18next';
import type { Coverage, CoverageUnit, Laggard } from '../../shared/contracts/dissemination';
import { formatDate } from '../../shared/format';
import { collectPages, datedFileName, workbookBlob } from '../../shared/spreadsheet';
import { fetchCoverageUnits, fetchLaggards } from './api';

const COUNT_KEYS = ['assigned', 'read', 'acknowledged', 'committed', 'passed', 'done', 'overdue'] as const;

/** Every person who has not acknowledged, up to the export cap. */
export async function collectLaggards(campaignId: string, unitId: string | undefined): Promise<Laggard[]> {
  return (await collectPages((cursor, limit) => fetchLaggards(campaignId, unitId, cursor, limit))).items;
}

/** Every unit's own counts, in tree order: the screen shows a few levels, the workbook all of them. */
export async function collectCoverageUnits(campaignId: string, unitId: string | undefined): Promise<CoverageUnit[]> {
  return (await collectPages((cursor, limit) => fetchCoverageUnits(campaignId, unitId, cursor, limit))).items;
}

/** Each unit's own counts, the overall total and the list of laggards as one .xlsx workbook; exceljs loads only now. */
export async function buildCoverageWorkbook(
  title: string,
  units: CoverageUnit[],
  overall: Coverage['overall'],
  laggards: Laggard[],
  t: TFunction,
): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(t('dissemination.export.sheetCoverage'), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([t('dissemination.detail.unit'), ...COUNT_KEYS.map((key) => t(`dissemination.counts.${key}`))]).font = { bold: true };
  for (const row of units) sheet.addRow([row.unit.name, ...COUNT_KEYS.map((key) => row[key])]);
  sheet.addRow([t('dissemination.detail.overall'), ...COUNT_KEYS.map((key) => overall[key])]).font = { bold: true };
  sheet.columns.forEach((column, index) => (column.width = index === 0 ? 36 : 14));

  const list = workbook.addWorksheet(t('dissemination.export.sheetLaggards'), { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [
    { header: t('dissemination.export.index'), key: 'index', width: 6 },
    { header: t('dissemination.detail.person'), key: 'person', width: 30 },
    { header: t('dissemination.detail.unit'), key: 'unit', width: 32 },
    { header: t('dissemination.detail.stage'), key: 'stage', width: 16 },
    { header: t('dissemination.counts.overdue'), key: 'overdue', width: 18 },
    { header: t('dissemination.counts.read'), key: 'opened', width: 14 },
  ];
  laggards.forEach((row, index) =>
    list.addRow({
      index: index + 1,
      person: row.person.fullName,
      unit: row.unit.name,
      stage: t(`dissemination.stage.${row.stage}`),
      overdue: row.isOverdue ? t('dissemination.overdue') : '',
      opened: formatDate(row.openedAt),
    }),
  );
  list.getRow(1).font = { bold: true };
  return workbookBlob(workbook);
}

export const coverageFileName = (t: TFunction) => datedFileName(t('dissemination.export.fileName'));
