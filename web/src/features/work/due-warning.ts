export interface NonWorkingDue {
  given: string;
  next: string;
}

interface DueWarningInput {
  /** The due date picked, yyyy-mm-dd; null when the deadline is counted in working days. */
  typed: string | null;
  /** The calendar's answer for that date, once it has come. */
  check: { date: string; isWorkingDay: boolean; nextWorkingDay: string } | null;
  /** The server's 409 for a date sent unconfirmed. */
  refused: NonWorkingDue | null;
  /** A date the person chose to keep despite the warning. */
  confirmed: string | null;
}

/**
 * The warning to show under a due date on a weekend, holiday or Tết: from the calendar as soon as the
 * date is picked, or from the server's refusal; never for a date no longer in the field, and never
 * once the person has chosen to keep that date.
 */
export function nonWorkingDueWarning({ typed, check, refused, confirmed }: DueWarningInput): NonWorkingDue | null {
  if (!typed || typed === confirmed) return null;
  if (refused?.given === typed) return refused;
  if (check?.date === typed && !check.isWorkingDay) return { given: typed, next: check.nextWorkingDay };
  return null;
}
