import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Server processes on PostgreSQL (default: one per core); PGlite is always one (server/cluster.ts). */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    SEED_DEMO: booleanFromEnv.default(true),
    COOKIE_SECURE: booleanFromEnv.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Công vụ <no-reply@congvu.local>'),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** A session unused this long ends, before its 12 hours are up. */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
    // Early-warning thresholds, in working days (transfers and extensions: counts).
    WORK_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(30).default(2),
    WORK_ACCEPT_DAYS: z.coerce.number().int().min(0).max(30).default(1),
    WORK_STALLED_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    WORK_DIFFICULTY_DECISION_DAYS: z.coerce.number().int().min(0).max(30).default(2),
    WORK_REVIEW_DAYS: z.coerce.number().int().min(0).max(30).default(2),
    WORK_BOUNCED_AT_TRANSFERS: z.coerce.number().int().min(1).max(20).default(2),
    WORK_EXTENDED_AT_EXTENSIONS: z.coerce.number().int().min(1).max(20).default(2),
    WORK_ESCALATION_STEP_DAYS: z.coerce.number().int().min(1).max(30).default(2),
    /** Seals reporters' identities (AES-256-GCM): 32 random bytes in base64, e.g. `openssl rand -base64 32`. */
    FEEDBACK_IDENTITY_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
      .optional(),
    /** Signs the audit log's daily checkpoints (32 bytes, base64); derived from FEEDBACK_IDENTITY_KEY when absent. */
    AUDIT_CHECKPOINT_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
      .optional(),
    FEEDBACK_SUBMIT_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
    FEEDBACK_TRACK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** Whose X-Forwarded-For to believe: off, a hop count, or proxy addresses/CIDRs separated by commas. */
    TRUST_PROXY: z
      .string()
      .default('false')
      .refine((value) => value.trim().toLowerCase() !== 'true', {
        message: 'trusting every sender lets any client forge its address: give a hop count or the proxy addresses',
      })
      .transform(trustProxyOf),
    /** A bearer token that opens /metrics on the main listener. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** A second listener serving only /metrics (e.g. 127.0.0.1:9464 for a local Prometheus). */
    METRICS_HOST: z.string().default('127.0.0.1'),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** After SIGTERM, ready answers 503 this long before the listener closes, so the proxy stops sending. */
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
    /** A bearer token for GET /api/v1/admin/backup, which `npm run backup` uses while the server holds PGlite's folder. */
    BACKUP_TOKEN: z.string().min(16).optional(),
    /** Scheduled backups: a folder to write one a day into (off when unset), and how many to keep. */
    BACKUP_DIR: z.string().optional(),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
    /** The first administrator's password for `npm run setup` (else asked on the terminal); never logged. */
    CONGVU_ADMIN_PASSWORD: z.string().optional(),
    /** Single sign-on with OpenID Connect: all four or none (see oidcSettingsOf). */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URL: z.string().url().optional(),
    /** The ID token claim matched against usernames when neither the subject nor a verified e-mail matches. */
    OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
    /** false: only single sign-on opens sessions (the login form is hidden, the route refuses). */
    AUTH_PASSWORD_LOGIN: booleanFromEnv.default(true),
  })
  .refine(
    (config) =>
      config.NODE_ENV !== 'production' ||
      (config.FEEDBACK_IDENTITY_KEY !== undefined && config.FEEDBACK_IDENTITY_KEY !== developmentIdentityKey().toString('base64')),
    {
      path: ['FEEDBACK_IDENTITY_KEY'],
      message: "required in production: reporters' identities must not be sealed with the development key",
    },
  )
  .superRefine((config, context) => {
    const oidcVariables = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;
    const given = oidcVariables.filter((name) => config[name] !== undefined);
    if (given.length > 0 && given.length < oidcVariables.length) {
      for (const name of oidcVariables.filter((name) => config[name] === undefined)) {
        context.addIssue({ code: 'custom', path: [name], message: `single sign-on needs all of ${oidcVariables.join(', ')}` });
      }
    }
    // Plain http would let anyone on the path read tokens; only a provider on this machine may use it.
    if (config.OIDC_ISSUER && new URL(config.OIDC_ISSUER).protocol === 'http:' && !isLoopback(config.OIDC_ISSUER)) {
      context.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'must be https (http only for 127.0.0.1 or localhost)' });
    }
    if (!config.AUTH_PASSWORD_LOGIN && given.length === 0) {
      context.addIssue({ code: 'custom', path: ['AUTH_PASSWORD_LOGIN'], message: 'false needs single sign-on (OIDC_*), or nobody could log in' });
    }
  });

export type Config = z.infer<typeof configSchema>;

function isLoopback(url: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
}

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUrl: URL;
  usernameClaim: string;
  /** openid-client refuses http unless told: allowed only for a loopback issuer (tests, local providers). */
  allowInsecureRequests: boolean;
}

/** The single sign-on settings, or undefined when OIDC_* are unset. */
export function oidcSettingsOf(config: Config): OidcSettings | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET || !config.OIDC_REDIRECT_URL) return undefined;
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUrl: new URL(config.OIDC_REDIRECT_URL),
    usernameClaim: config.OIDC_USERNAME_CLAIM,
    allowInsecureRequests: new URL(config.OIDC_ISSUER).protocol === 'http:' && isLoopback(config.OIDC_ISSUER),
  };
}

/** Fastify's trustProxy from TRUST_PROXY: false, a hop count, or a list of addresses and CIDRs. */
export function trustProxyOf(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (['', 'false', '0', 'off'].includes(trimmed.toLowerCase())) return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The only reader of process.env: parsed once, so a bad variable stops the process at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ / invalid configuration:\n${fields.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The key that seals reporters' identities. Without FEEDBACK_IDENTITY_KEY (development and tests
 * only: production refuses to start) it is derived from a fixed, public phrase, so it protects nothing.
 */
export function feedbackIdentityKeyOf(config: Config): Buffer {
  if (config.FEEDBACK_IDENTITY_KEY) return Buffer.from(config.FEEDBACK_IDENTITY_KEY, 'base64');
  return developmentIdentityKey();
}

/** The key of the audit checkpoints: its own setting, or one derived from the identity key (kept outside the database either way). */
export function auditCheckpointKeyOf(config: Config): Buffer {
  if (config.AUDIT_CHECKPOINT_KEY) return Buffer.from(config.AUDIT_CHECKPOINT_KEY, 'base64');
  return createHmac('sha256', feedbackIdentityKeyOf(config)).update('congvu audit checkpoint').digest();
}

function developmentIdentityKey(): Buffer {
  return createHash('sha256').update('congvu development and test key, public, NOT for production data').digest();
}

/** The early-warning thresholds the work module applies, from the WORK_* variables. */
export function signalSettingsOf(config: Config) {
  return {
    dueSoonDays: config.WORK_DUE_SOON_DAYS,
    acceptDays: config.WORK_ACCEPT_DAYS,
    stalledDays: config.WORK_STALLED_DAYS,
    difficultyDecisionDays: config.WORK_DIFFICULTY_DECISION_DAYS,
    reviewDays: config.WORK_REVIEW_DAYS,
    bouncedAtTransfers: config.WORK_BOUNCED_AT_TRANSFERS,
    extendedAtExtensions: config.WORK_EXTENDED_AT_EXTENSIONS,
    escalationStepDays: config.WORK_ESCALATION_STEP_DAYS,
  };
}
