import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** Bodies a careless or hostile client sends: NUL bytes, lone surrogates, wrong types, huge numbers, long text. */
function badBodies(properties: string[]): unknown[] {
  const each = (value: unknown) => Object.fromEntries(properties.map((name) => [name, value]));
  return [{}, each('a\u0000b'), each('\ud800'), each({ nested: [1] }), each(-1e308), each('x'.repeat(20_000)), [], 'text'];
}

test('answers every route of the OpenAPI with no 5xx, whatever it is sent', async () => {
  const document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
  const failures: string[] = [];
  let sent = 0;
  for (const [path, methods] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/v1/') || path.includes('logout')) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const json = operation.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      for (const pathValue of [crypto.randomUUID(), 'a%00b', '%ED%A0%80', '-1']) {
        const url = path.replace(/\{[^}]+\}/g, pathValue);
        for (const queryValue of ['a%00b', '%ED%A0%80', '9'.repeat(400), '']) {
          const query = queryNames.map((name) => `${name}=${queryValue}`).join('&');
          const bodies = method === 'get' || method === 'delete' ? [undefined] : badBodies(Object.keys(json));
          for (const body of bodies) {
            const response = await f.clients.admin.send(method.toUpperCase() as 'GET', query ? `${url}?${query}` : url, body);
            sent += 1;
            if (response.statusCode >= 500)
              failures.push(`${method.toUpperCase()} ${url}?${query} ${JSON.stringify(body)?.slice(0, 80)} → ${response.statusCode}`);
          }
        }
        if (method === 'post' || method === 'put') {
          // A multipart content type over a body that is not multipart.
          const response = await f.clients.admin.send(method.toUpperCase() as 'POST', url, 'not a multipart body', {
            headers: { 'content-type': 'multipart/form-data; boundary=x' },
          });
          sent += 1;
          if (response.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url} malformed multipart → ${response.statusCode}`);
        }
      }
    }
  }
  expect(sent).toBeGreaterThan(1000);
  expect(failures).toEqual([]);
}, 600_000);
