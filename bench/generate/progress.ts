/** What the generator reports while it loads a scale. */
export interface GenerateProgress {
  phase: 'org' | 'tasks' | 'indexes' | 'campaigns' | 'cases' | 'reports' | 'done';
  done: number;
  total: number;
  rowsPerSecond: number;
  message?: string;
}
