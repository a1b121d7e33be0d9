import type { MultipartFields } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError, validationError } from '../platform/errors.js';
import { unsafeTextPaths } from './unsafe-text.js';

const malformed = () => validationError([{ field: 'file', message: { vi: 'Dữ liệu multipart/form-data bị hỏng', en: 'Malformed multipart/form-data body' } }]);

/** The one file of a multipart request (the server takes one per request), read whole, with the form's other fields. */
export async function uploadedFile(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string; fields: MultipartFields }> {
  if (!request.isMultipart())
    throw validationError([{ field: 'file', message: { vi: 'Cần gửi tệp (multipart/form-data)', en: 'Send the file as multipart/form-data' } }]);
  try {
    const part = await request.file();
    if (!part) throw validationError([{ field: 'file', message: { vi: 'Chưa chọn tệp', en: 'No file was sent' } }]);
    const buffer = await part.toBuffer();
    const values = Object.fromEntries(Object.entries(part.fields).map(([name, field]) => [name, field && 'value' in field ? field.value : undefined]));
    const unsafe = unsafeTextPaths({ fileName: part.filename, ...values }, 'body');
    if (unsafe.length > 0) throw validationError(unsafe.map((field) => ({ field, message: { vi: 'Ký tự không hợp lệ', en: 'Invalid character' } })));
    return { buffer, fileName: part.filename, fields: part.fields };
  } catch (error) {
    // Size limits and our own answers pass through; a body the multipart parser cannot read is the client's fault.
    if (error instanceof DomainError) throw error;
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) throw error;
    throw malformed();
  }
}
