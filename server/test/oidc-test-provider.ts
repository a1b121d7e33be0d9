import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people the provider knows, by subject: add before signing them in. */
  people: Map<string, ProviderPerson>;
  /** Drives the provider's login and consent pages like a browser; answers the callback URL it sends back to. */
  authorize(authorizationUrl: string, subject: string): Promise<URL>;
  close(): Promise<void>;
}

/** A real OpenID provider (the `oidc-provider` package) on 127.0.0.1 with one client for `redirectUrl`. */
export async function startTestProvider(redirectUrl: string): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'congvu-test';
  const clientSecret = 'congvu-test-secret-that-is-long-enough';
  const people = new Map<string, ProviderPerson>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username'] },
    // ID tokens carry the claims, so the app needs no userinfo call.
    conformIdTokenClaims: false,
    cookies: { keys: ['congvu-test-cookie-key'] },
    findAccount: (_ctx, sub) => (people.has(sub) ? { accountId: sub, claims: () => ({ sub, ...people.get(sub) }) } : undefined),
  });
  server.on('request', provider.callback());

  async function authorize(authorizationUrl: string, subject: string): Promise<URL> {
    const jar = new Map<string, string>();
    const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const keep = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair!.indexOf('=');
        jar.set(pair!.slice(0, index), pair!.slice(index + 1));
      }
    };
    let url = authorizationUrl;
    for (let step = 0; step < 12; step++) {
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
      keep(response);
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, url);
        if (next.href.startsWith(redirectUrl)) return next;
        url = next.href;
        continue;
      }
      const page = await response.text();
      if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${page.slice(0, 300)}`);
      const form: Record<string, string> = page.includes('value="login"') ? { prompt: 'login', login: subject, password: 'any' } : { prompt: 'consent' };
      const submitted = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      keep(submitted);
      url = new URL(submitted.headers.get('location')!, url).href;
    }
    throw new Error('the provider did not send the browser back');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    authorize,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
