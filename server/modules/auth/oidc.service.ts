import * as client from 'openid-client';
import type { OidcSettings } from '../../config.js';
import { openSession, type AuthDeps, type SessionClient } from './auth.service.js';
import { OIDC_FLOW_MINUTES, type OidcFlow } from './oidc.flow.js';
import { findOidcCandidates } from './oidc.repository.js';
import { chooseAccount } from './oidc.rules.js';

/** Why a sign-in with the provider ended without a session: the login page explains each code. */
export type OidcFailure = 'sso_failed' | 'sso_unknown_user';

export class OidcSignInError extends Error {
  constructor(
    readonly code: OidcFailure,
    reason: string,
  ) {
    super(reason);
    this.name = 'OidcSignInError';
  }
}

export interface OidcDeps extends AuthDeps {
  settings: OidcSettings;
  passwordLogin: boolean;
}

const SCOPE = 'openid email profile';

/** Discovers the provider once per process; a failed discovery is retried at the next sign-in. */
export function createOidcDiscovery(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | undefined;
  return () => {
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
        execute: settings.allowInsecureRequests ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

/** The provider's authorization URL (code flow with PKCE) and the flow the browser keeps meanwhile. */
export async function startSignIn(deps: OidcDeps, configuration: client.Configuration) {
  const codeVerifier = client.randomPKCECodeVerifier();
  const flow: OidcFlow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier,
    expiresAt: deps.clock.now().getTime() + OIDC_FLOW_MINUTES * 60_000,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: deps.settings.redirectUrl.href,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url, flow };
}

/**
 * Exchanges the code (checking state, nonce, PKCE and the ID token's signature, issuer, audience and
 * age), finds the one existing account it names, and opens the same session a password would.
 */
export async function finishSignIn(deps: OidcDeps, configuration: client.Configuration, callbackQuery: string, flow: OidcFlow, from?: SessionClient) {
  const callbackUrl = new URL(deps.settings.redirectUrl);
  callbackUrl.search = callbackQuery;
  let claims: client.IDToken;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims()!;
  } catch (error) {
    throw new OidcSignInError('sso_failed', error instanceof Error ? `${error.name}: ${error.message}` : 'token exchange failed');
  }
  const verifiedEmail = claims.email_verified === true && typeof claims.email === 'string' ? claims.email : undefined;
  const usernameClaim = claims[deps.settings.usernameClaim];
  const match = chooseAccount(await findOidcCandidates(deps.db, claims.sub, verifiedEmail, typeof usernameClaim === 'string' ? usernameClaim : undefined));
  if (!match) throw new OidcSignInError('sso_unknown_user', 'no single active account matches the subject, verified e-mail or username claim');
  const change = { method: 'oidc', matchedBy: match.matchedBy, ...(match.linkSubject ? { oidcSubjectLinked: true } : {}) };
  // With password login off, an initial password can never be used, so demanding its change would only lock the person out.
  const userChanges = { ...(match.linkSubject ? { oidcSubject: claims.sub } : {}), ...(deps.passwordLogin ? {} : { mustChangePassword: false }) };
  return openSession(deps, match.user, deps.clock.now(), change, userChanges, from);
}
