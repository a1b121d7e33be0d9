import type { LocalizedText, Problem } from '../contracts';

export type FieldProblem = NonNullable<Problem['errors']>[number];

/** A failed API call, carrying the server's RFC 9457 problem (code, localized message, field errors). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedText;
  readonly fieldErrors: FieldProblem[];
  /** due_date_not_working_day: the working day to offer instead of the date given. */
  readonly nextWorkingDay: string | null;

  constructor(problem: Pick<Problem, 'status' | 'code' | 'message' | 'nextWorkingDay'> & { errors?: FieldProblem[] }) {
    super(problem.message.en);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.text = problem.message;
    this.fieldErrors = problem.errors ?? [];
    this.nextWorkingDay = problem.nextWorkingDay ?? null;
  }
}

const networkText: LocalizedText = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'Cannot reach the server. Check the network and try again.',
};

const unexpectedText: LocalizedText = {
  vi: 'Máy chủ trả lời không hợp lệ. Vui lòng thử lại.',
  en: 'The server sent an unexpected answer. Please try again.',
};

export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'network_error', message: networkText });
}

function isProblem(body: unknown): body is Problem {
  const candidate = body as Partial<Problem> | null;
  return typeof candidate?.code === 'string' && typeof candidate.message?.vi === 'string';
}

/** Turns any non-2xx answer into an ApiError, whether or not the body is problem JSON. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError({ ...body, status });
  return new ApiError({ status, code: `http_${status}`, message: unexpectedText });
}
