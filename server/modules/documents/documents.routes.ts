import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportQuery, idParams, okSchema, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/documents.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import { validationError } from '../../platform/errors.js';
import type { FileStore } from '../../platform/files.js';
import type { DocumentsDeps } from './documents.deps.js';
import { exportDocuments } from './documents.export.js';
import * as queries from './documents.queries.js';
import * as service from './documents.service.js';

const tags = ['documents'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const noteField = z.string().trim().max(1000);

type Deps = DocumentsDeps & { files: FileStore };

export const documentRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/documents',
    { schema: { tags, summary: 'Sổ văn bản', querystring: contract.documentListQuery, response: { 200: contract.documentPage, ...errors } } },
    (request) => queries.listDocuments(deps, actorOf(request), request.query),
  );
  app.get(
    '/documents/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel sổ văn bản (theo bộ lọc)',
        querystring: contract.documentListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportDocuments(deps, actorOf(request), request.query, reply),
  );
  app.post(
    '/documents',
    { schema: { tags, summary: 'Đăng ký văn bản', body: contract.documentInput, response: { 200: contract.documentDetailSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const id = await service.createDocument(deps, actor, request.body);
      return queries.getDocument(deps, actor, id);
    },
  );
  app.get(
    '/documents/:id',
    { schema: { tags, summary: 'Chi tiết văn bản', params: idParams, response: { 200: contract.documentDetailSchema, ...errors } } },
    (request) => queries.getDocument(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/documents/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin văn bản',
        params: idParams,
        body: contract.documentInput,
        response: { 200: contract.documentDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.updateDocument(deps, actor, request.params.id, request.body);
      return queries.getDocument(deps, actor, request.params.id);
    },
  );
  app.post(
    '/documents/:id/versions',
    {
      schema: {
        tags,
        summary: 'Tải lên phiên bản mới (PDF, DOCX; tối đa 10 MB), kèm ghi chú `note`',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: contract.documentDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { buffer, fileName, fields } = await uploadedFile(request);
      const noteValue = fields.note && 'value' in fields.note ? fields.note.value : '';
      const note = noteField.safeParse(noteValue ?? '');
      if (!note.success) throw validationError([{ field: 'note', message: { vi: 'Ghi chú tối đa 1000 ký tự', en: 'The note is at most 1000 characters' } }]);
      await service.addVersion(deps, actor, request.params.id, { note: note.data, file: { buffer, fileName } });
      return queries.getDocument(deps, actor, request.params.id);
    },
  );
  app.post(
    '/documents/:id/files',
    {
      schema: {
        tags,
        summary: 'Thêm tệp vào phiên bản hiện hành (PDF, DOCX)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: contract.documentDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { buffer, fileName } = await uploadedFile(request);
      await service.addFile(deps, actor, request.params.id, { buffer, fileName });
      return queries.getDocument(deps, actor, request.params.id);
    },
  );
  app.get('/documents/:id/files/:fileId', { schema: { tags, summary: 'Tải tệp văn bản', params: contract.fileParams } }, async (request, reply) => {
    const file = await service.readFile(deps, actorOf(request), request.params.id, request.params.fileId);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });
  app.post(
    '/documents/:id/relations',
    {
      schema: {
        tags,
        summary: 'Thêm quan hệ (thực hiện, thay thế, sửa đổi)',
        params: idParams,
        body: contract.relationInput,
        response: { 200: contract.documentDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.addRelation(deps, actor, request.params.id, request.body);
      return queries.getDocument(deps, actor, request.params.id);
    },
  );
  app.delete(
    '/documents/:id/relations/:relationId',
    { schema: { tags, summary: 'Bỏ quan hệ', params: contract.relationParams, response: { 200: okSchema, ...errors } } },
    async (request) => {
      await service.removeRelation(deps, actorOf(request), request.params.id, request.params.relationId);
      return { ok: true as const };
    },
  );
};
