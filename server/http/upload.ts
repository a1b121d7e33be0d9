import type { MultipartFields } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { validationError } from '../platform/errors.js';

/** The one file of a multipart request (the server takes one per request), read whole, with the form's other fields. */
export async function uploadedFile(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string; fields: MultipartFields }> {
  if (!request.isMultipart()) throw validationError([{ field: 'file', message: { vi: 'Cần gửi tệp (multipart/form-data)', en: 'Send the file as multipart/form-data' } }]);
  const part = await request.file();
  if (!part) throw validationError([{ field: 'file', message: { vi: 'Chưa chọn tệp', en: 'No file was sent' } }]);
  return { buffer: await part.toBuffer(), fileName: part.filename, fields: part.fields };
}
