import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Problem } from '../../contracts/common.js';
import { loggableError } from './logging.js';
import { DomainError, type ErrorKind, type FieldError, type LocalizedText, type ProblemDetails } from '../platform/errors.js';

const statusOfKind: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  too_many_requests: 429,
};

const viLocale = z.locales.vi().localeError;
const enLocale = z.locales.en().localeError;

/** Our own refinements carry "Vietnamese / English" messages; zod's locales only know their generic text. */
function bilingualMessage(message: string | undefined): LocalizedText | null {
  const parts = message?.split(' / ');
  return parts && parts.length === 2 ? { vi: parts[0], en: parts[1] } : null;
}

function localizeIssue(issue: Parameters<typeof viLocale>[0]): LocalizedText {
  const own = bilingualMessage(issue.message);
  if (own) return own;
  // A field that is absent altogether is required, whatever type it should have had.
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message ?? '')) return { vi: 'Bắt buộc nhập', en: 'Required' };
  const pick = (result: ReturnType<typeof viLocale>, fallback: string) => (typeof result === 'string' ? result : result?.message) ?? fallback;
  const clean = (message: string) => message.replace(/, (nhận được|received) undefined$/, '');
  return { vi: clean(pick(viLocale(issue), issue.message ?? '')), en: clean(pick(enLocale(issue), issue.message ?? '')) };
}

export function problemOf(status: number, code: string, message: LocalizedText, errors?: FieldError[], details: ProblemDetails = {}): Problem {
  return {
    type: `https://congvu.local/problems/${code}`,
    title: message.en,
    status,
    detail: message.vi,
    code,
    message,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...details,
  };
}

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

const fastifyClientErrors: Record<string, LocalizedText> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Request body too large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { vi: 'Thiếu nội dung JSON', en: 'Empty JSON body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { vi: 'JSON không hợp lệ', en: 'Malformed JSON' },
};

/** Maps every error to RFC 9457 problem JSON once; services never build HTTP errors. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, problemOf(statusOfKind[error.kind], error.code, error.text, error.fields, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((issue) => ({
        field: [
          where,
          ...String(issue.instancePath ?? '')
            .split('/')
            .filter(Boolean),
        ].join('.'),
        // The provider flattens each zod issue into { keyword, message, params }: rebuild it to localize.
        message: localizeIssue({ ...issue.params, code: issue.keyword, message: issue.message } as unknown as Parameters<typeof viLocale>[0]),
      }));
      return sendProblem(reply, problemOf(400, 'validation_failed', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' }, fields));
    }
    const fastifyError = error as { statusCode?: number; code?: string; message?: string };
    if (fastifyError.statusCode === 429) {
      return sendProblem(reply, problemOf(429, 'rate_limited', { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' }));
    }
    if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const text = fastifyClientErrors[fastifyError.code ?? ''] ?? { vi: 'Yêu cầu không hợp lệ', en: fastifyError.message ?? 'Bad request' };
      return sendProblem(reply, problemOf(fastifyError.statusCode, (fastifyError.code ?? 'bad_request').toLowerCase(), text));
    }
    const databaseCode = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (databaseCode === '23505') {
      return sendProblem(reply, problemOf(409, 'duplicate', { vi: 'Dữ liệu trùng với bản ghi đã có', en: 'Duplicates an existing record' }));
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return sendProblem(reply, problemOf(500, 'internal_error', { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Internal error, please try again' }));
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = `${request.method} ${request.url.split('?')[0]}`;
  return sendProblem(reply, problemOf(404, 'route_not_found', { vi: `Không có đường dẫn ${path}`, en: `No route ${path}` }));
}
