import type { z } from 'zod';
import type {
  createProcedureBody,
  matrixSchema,
  myResponsibility,
  procedureDetail,
  procedureSummary,
  radarSchema,
  runSchema,
  runSummary,
  startRunBody,
  stepInput,
  versionContentInput,
  versionSchema,
} from '../../../../contracts/procedures';

export type { LimitUnit, ProcedureVersionStatus, RunState, RunStepState } from '../../../../contracts/procedures';
export type ProcedureSummary = z.infer<typeof procedureSummary>;
export type ProcedureDetail = z.infer<typeof procedureDetail>;
export type ProcedureVersion = z.infer<typeof versionSchema>;
export type Step = ProcedureVersion['steps'][number];
export type StepInput = z.input<typeof stepInput>;
export type VersionContentInput = z.input<typeof versionContentInput>;
export type CreateProcedureInput = z.input<typeof createProcedureBody>;
export type StartRunInput = z.input<typeof startRunBody>;
export type Run = z.infer<typeof runSchema>;
export type RunSummary = z.infer<typeof runSummary>;
export type Radar = z.infer<typeof radarSchema>;
export type MyResponsibility = z.infer<typeof myResponsibility>;
export type Matrix = z.infer<typeof matrixSchema>;
