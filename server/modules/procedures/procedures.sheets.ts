import type { ProcedureVersion, Run } from '../../../contracts/procedures.js';
import { formatVietnameseDate, VIETNAM_OFFSET_MS } from '../../platform/calendar/dates.js';
import { HOURS_PER_WORKING_DAY } from './procedures.rules.js';

/** dd/mm/yyyy hh:mm in Hà Nội. */
export function formatLocalDateTime(iso: string | null): string {
  if (!iso) return '';
  const local = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${formatVietnameseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

export const limitText = (step: { limitValue: number; limitUnit: 'working_days' | 'working_hours' }) =>
  `${step.limitValue} ${step.limitUnit === 'working_days' ? 'ngày làm việc' : 'giờ làm việc'}`;

const hoursText = (hours: number | null) => (hours === null ? '' : `${hours} giờ (${Math.round((hours / HOURS_PER_WORKING_DAY) * 10) / 10} ngày)`);

export function slipOutcome(line: Run['steps'][number]): string {
  if (line.state === 'done') return line.isLate ? 'Trễ hạn' : 'Đúng hạn';
  if (line.state === 'open') return 'Đang xử lý';
  if (line.state === 'cancelled') return 'Đã hủy';
  return 'Chờ bước trước';
}

async function newWorkbook() {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Công vụ';
  return workbook;
}

function styleTable(sheet: import('exceljs').Worksheet, headerRow: number, widths: number[]) {
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const header = sheet.getRow(headerRow);
  header.font = { name: 'Times New Roman', bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.eachRow((row, number) => {
    if (number < headerRow) return;
    row.eachCell((cell) => {
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (number > headerRow) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
}

/** The hand-over slip (phiếu kiểm soát quá trình) of one run. */
export async function slipWorkbook(run: Run): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Phiếu kiểm soát');
  sheet.addRow(['PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT CÔNG VIỆC']).font = { name: 'Times New Roman', bold: true, size: 14 };
  sheet.addRow([`Quy trình: ${run.procedure.code} — ${run.procedure.title} (lần ban hành ${run.edition})`]);
  sheet.addRow([`Nội dung: ${run.subjectTitle}${run.reference ? ` — Số hồ sơ: ${run.reference}` : ''}`]);
  const stop = run.cancellation;
  sheet.addRow([
    `Bắt đầu: ${formatLocalDateTime(run.startedAt)} — Hạn chung: ${formatVietnameseDate(run.dueDate)}${run.promisedDate ? ` — Hẹn lại: ${formatVietnameseDate(run.promisedDate)} (${run.promiseReason ?? ''})` : ''}` +
      (stop ? ` — Đã dừng lúc ${formatLocalDateTime(stop.at)} (${stop.by?.fullName ?? ''}): ${stop.reason}` : ''),
  ]);
  sheet.addRow([]);
  sheet.addRow(['TT', 'Bước', 'Người được giao', 'Người giữ hồ sơ', 'Nhận lúc', 'Giao lúc', 'Thời hạn', 'Thời gian đã dùng', 'Hạn', 'Kết quả']);
  for (const line of run.steps) {
    sheet.addRow([
      line.position,
      line.name,
      line.person.fullName,
      line.holder?.fullName ?? '',
      formatLocalDateTime(line.receivedAt),
      formatLocalDateTime(line.handedOverAt),
      hoursText(line.limitHours),
      hoursText(line.usedHours),
      line.dueDate ? formatVietnameseDate(line.dueDate) : '',
      slipOutcome(line),
    ]);
  }
  styleTable(sheet, 6, [5, 36, 22, 22, 17, 17, 18, 18, 12, 14]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The step table of a version, as in section 5 of the procedure document. */
export async function stepsWorkbook(code: string, title: string, version: ProcedureVersion): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Các bước');
  sheet.addRow([`${code} — ${title} (lần ban hành ${version.edition})`]).font = { name: 'Times New Roman', bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow([
    'TT',
    'Bước công việc',
    'Đơn vị chịu trách nhiệm',
    'Chức danh',
    'Cá nhân thực hiện',
    'Thời hạn',
    'Đầu vào',
    'Kết quả, biểu mẫu',
    'Song song',
    'Cần nghiệm thu bước trước',
  ]);
  for (const step of version.steps) {
    sheet.addRow([
      step.position,
      step.name,
      step.unit.name,
      step.responsiblePosition,
      step.defaultPerson?.fullName ?? '',
      limitText(step),
      step.inputs,
      step.outputs,
      step.isParallel ? 'Có' : '',
      step.needsAcceptance ? 'Có' : 'Không',
    ]);
  }
  styleTable(sheet, 3, [5, 36, 24, 18, 22, 18, 28, 28, 10, 12]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const flagText = { no_person: 'Chưa có người thực hiện', person_left: 'Người thực hiện đã nghỉ', outside_unit: 'Người ngoài đơn vị' } as const;

/** People × steps and targets; unnamed steps and steps whose person left are filled red. */
export async function matrixWorkbook(matrix: import('../../../contracts/procedures.js').Matrix): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Ma trận trách nhiệm');
  sheet.addRow([`MA TRẬN TRÁCH NHIỆM — ${matrix.unit.name}`]).font = { name: 'Times New Roman', bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow(['Loại', 'Quy trình / Kế hoạch', 'Bước / Chỉ tiêu', ...matrix.people.map((p) => `${p.fullName}${p.hasLeft ? ' (đã nghỉ)' : ''}`), 'Ghi chú']);
  for (const item of matrix.items) {
    const row = sheet.addRow([
      item.kind === 'step' ? 'Bước quy trình' : 'Chỉ tiêu',
      item.group,
      item.label,
      ...matrix.people.map((p) => (p.id === item.personId ? 'X' : '')),
      item.flag ? flagText[item.flag] : '',
    ]);
    if (item.flag === 'no_person' || item.flag === 'person_left')
      row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }));
  }
  styleTable(sheet, 3, [14, 16, 40, ...matrix.people.map(() => 12), 24]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
