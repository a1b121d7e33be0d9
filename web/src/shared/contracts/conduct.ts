import type { z } from 'zod';
import type {
  caseEventSchema,
  caseFileSchema,
  caseListItem,
  catalogImportResult,
  catalogList,
  catalogSchema,
  ConductCase,
  disciplineFormSchema,
  OpenCaseBody,
  signalMappingList,
  suggestionSchema,
} from '../../../../contracts/conduct';

export type { ConductCase, OpenCaseBody };
export type CaseListItem = z.infer<typeof caseListItem>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogVersion = z.infer<typeof catalogList>['items'][number];
export type CatalogImportResult = z.infer<typeof catalogImportResult>;
export type DisciplineForm = z.infer<typeof disciplineFormSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type SignalMapping = z.infer<typeof signalMappingList>['items'][number];
export type {
  CaseCommandName,
  CaseSignalKind,
  CaseSource,
  CaseStatus,
  CatalogKind,
  SubjectCategory,
  SuggestionSignalKind,
} from '../../../../contracts/conduct-vocabulary';
export {
  caseSignalKinds,
  caseSources,
  caseStatuses,
  confidentialityLevels,
  deferralReasons,
  severities,
  subjectCategories,
} from '../../../../contracts/conduct-vocabulary';
