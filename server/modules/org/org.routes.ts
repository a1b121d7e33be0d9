import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import {
  createPersonBody,
  createUnitBody,
  deactivatePersonBody,
  importQuery,
  importReport,
  movePersonBody,
  moveUnitBody,
  peoplePage,
  peopleQuery,
  personSchema,
  setUnitManagersBody,
  unitListResponse,
  unitSchema,
  updatePersonBody,
  updateUnitBody,
} from '../../../contracts/org.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import type { OrgDeps } from './org.deps.js';
import * as importService from './org.people-import.service.js';
import { exportPeople } from './org.people-export.js';
import * as people from './org.people.service.js';
import * as units from './org.units.service.js';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const unitTags = ['org: units'];
const peopleTags = ['org: people'];

export const orgRoutes: FastifyPluginAsyncZod<OrgDeps> = async (app, deps) => {
  app.get('/units', { schema: { tags: unitTags, summary: 'Cây đơn vị', response: { 200: unitListResponse } } }, async (request) => ({
    items: await units.listUnits(deps, actorOf(request)),
  }));
  app.post('/units', { schema: { tags: unitTags, summary: 'Tạo đơn vị', body: createUnitBody, response: { 200: unitSchema, ...errors } } }, (request) =>
    units.createUnit(deps, actorOf(request), request.body),
  );
  app.put(
    '/units/:id',
    { schema: { tags: unitTags, summary: 'Sửa đơn vị', params: idParams, body: updateUnitBody, response: { 200: unitSchema, ...errors } } },
    (request) => units.updateUnit(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/units/:id/move',
    { schema: { tags: unitTags, summary: 'Chuyển đơn vị', params: idParams, body: moveUnitBody, response: { 200: unitSchema, ...errors } } },
    (request) => units.moveUnit(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/units/:id/deactivate',
    { schema: { tags: unitTags, summary: 'Ngừng hoạt động đơn vị', params: idParams, response: { 200: unitSchema, ...errors } } },
    (request) => units.deactivateUnit(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/units/:id/managers',
    { schema: { tags: unitTags, summary: 'Trưởng, phó đơn vị', params: idParams, body: setUnitManagersBody, response: { 200: unitSchema, ...errors } } },
    (request) => units.setUnitManagers(deps, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/people',
    { schema: { tags: peopleTags, summary: 'Danh sách cán bộ', querystring: peopleQuery, response: { 200: peoplePage, ...errors } } },
    (request) => people.listPeople(deps, actorOf(request), request.query),
  );
  app.get(
    '/people/export.xlsx',
    {
      schema: {
        tags: peopleTags,
        summary: 'Xuất Excel danh sách cán bộ (theo bộ lọc)',
        querystring: peopleQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportPeople(deps, actorOf(request), request.query, reply),
  );
  app.get('/people/:id', { schema: { tags: peopleTags, summary: 'Một cán bộ', params: idParams, response: { 200: personSchema, ...errors } } }, (request) =>
    people.getPerson(deps, actorOf(request), request.params.id),
  );
  app.post('/people', { schema: { tags: peopleTags, summary: 'Thêm cán bộ', body: createPersonBody, response: { 200: personSchema, ...errors } } }, (request) =>
    people.createPerson(deps, actorOf(request), request.body),
  );
  app.put(
    '/people/:id',
    { schema: { tags: peopleTags, summary: 'Sửa thông tin', params: idParams, body: updatePersonBody, response: { 200: personSchema, ...errors } } },
    (request) => people.updatePerson(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/people/:id/move',
    { schema: { tags: peopleTags, summary: 'Điều chuyển đơn vị', params: idParams, body: movePersonBody, response: { 200: personSchema, ...errors } } },
    (request) => people.movePerson(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/people/:id/deactivate',
    { schema: { tags: peopleTags, summary: 'Đánh dấu đã nghỉ', params: idParams, body: deactivatePersonBody, response: { 200: personSchema, ...errors } } },
    (request) => people.deactivatePerson(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/people/import',
    {
      schema: {
        tags: peopleTags,
        summary: 'Nhập danh sách từ .xlsx/.csv (dryRun=true để chỉ kiểm tra)',
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        response: { 200: importReport, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { buffer, fileName } = await uploadedFile(request);
      return importService.importPeople(deps, actor, { buffer, fileName }, request.query.dryRun);
    },
  );
};
