import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createTaskBody,
  decideDifficultyBody,
  qualityGradeLabels,
  requestTransferBody,
  respondToTransferBody,
  taskListQuery,
  transferReasonCodes,
  transferReasonLabels,
} from './work.js';

const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const validTask = {
  title: 'Báo cáo sơ kết 6 tháng thực hiện Chỉ thị 24-CT/TU',
  expectedOutput: 'Báo cáo trình Thường trực',
  unitId: uuid(1),
  ownerId: uuid(2),
  startDate: '2023-04-24',
  due: { kind: 'working_days', workingDays: 5 },
};
const fieldErrors = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('createTaskBody', () => {
  it.each([
    [{ due: { kind: 'working_days', workingDays: 0 } }, 'due.workingDays'],
    [{ due: { kind: 'working_days', workingDays: 366 } }, 'due.workingDays'],
    [{ due: { kind: 'date', dueDate: '2023-02-30' } }, 'due.dueDate'],
    [{ due: { kind: 'date', dueDate: '2023-04-21' } }, 'due.dueDate'],
    [{ due: { kind: 'weeks', weeks: 2 } }, 'due.kind'],
    [{ collaboratorIds: [uuid(2)] }, 'collaboratorIds'],
    [{ title: '   ' }, 'title'],
  ])('names the field in error for %o', (change, field) => {
    expect(fieldErrors(createTaskBody.safeParse({ ...validTask, ...change }))).toEqual([field]);
  });
});

describe('command bodies', () => {
  it('reassigning a difficulty needs the new owner', () => {
    expect(fieldErrors(decideDifficultyBody.safeParse({ decision: 'reassign', reason: 'Cần pháp chế' }))).toEqual(['newOwnerId']);
    expect(decideDifficultyBody.safeParse({ decision: 'approve_proposal', reason: 'Đồng ý' }).success).toBe(true);
  });

  it('refusing a transfer needs a reason, accepting does not', () => {
    expect(respondToTransferBody.safeParse({ response: 'accept' }).success).toBe(true);
    expect(fieldErrors(respondToTransferBody.safeParse({ response: 'refuse' }))).toEqual(['reason']);
  });

  it('a transfer request cannot use the code reserved for difficulty decisions', () => {
    expect(requestTransferBody.safeParse({ reasonCode: 'difficulty_decision', reason: 'x' }).success).toBe(false);
    expect(requestTransferBody.safeParse({ reasonCode: 'absence', reason: 'Nghỉ phép' }).success).toBe(true);
  });
});

describe('taskListQuery', () => {
  it.each([
    [{}, undefined],
    [{ status: 'assigned' }, ['assigned']],
    [{ status: ['assigned', 'submitted'] }, ['assigned', 'submitted']],
  ])('reads status from %o', (query, status) => {
    const parsed = taskListQuery.parse(query);
    expect(parsed).toMatchObject({ view: 'mine', limit: 20 });
    expect(parsed.status).toEqual(status);
  });

  it('rejects an unknown status', () => {
    expect(taskListQuery.safeParse({ status: 'done' }).success).toBe(false);
  });
});

describe('vocabulary', () => {
  it('labels every transfer reason and grade in Vietnamese and English', () => {
    expect(transferReasonCodes).toEqual(Object.keys(transferReasonLabels));
    for (const label of [...Object.values(transferReasonLabels), ...Object.values(qualityGradeLabels)]) {
      expect(label.vi.length * label.en.length).toBeGreaterThan(0);
    }
    expect(qualityGradeLabels[1].vi).toBe('Không đạt yêu cầu');
    expect(qualityGradeLabels[5].vi).toBe('Xuất sắc');
  });

  it('every schema converts to JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(createTaskBody, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(taskListQuery, { io: 'input' })).not.toThrow();
  });
});
