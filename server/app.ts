import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { auditCheckpointKeyOf, type Config, feedbackIdentityKeyOf, oidcSettingsOf, signalSettingsOf } from './config.js';
import type { Database } from './db/client.js';
import { registerOpenApi } from './http/openapi.js';
import { registerProblemHandlers, sendRouteNotFound } from './http/problem.js';
import { createResponseSerializerCompiler } from './http/serializer.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerSession } from './http/session.js';
import { registerUnsafeTextGuard } from './http/unsafe-text.js';
import { logOneLinePerRequest } from './http/logging.js';
import { registerWebApp } from './http/web.js';
import { auditRoutes } from './modules/audit/index.js';
import { accountsRoutes, authRoutes, createAccounts, disableAccountOfPerson, oidcRoutes, resolveSession, takenUsernames } from './modules/auth/index.js';
import { invitationRoutes, passwordProblems } from './modules/auth/index.js';
import { calendarRoutes } from './modules/calendar/index.js';
import { conductRoutes, conductSubtreeMoved } from './modules/conduct/index.js';
import { disseminationRoutes, disseminationSubtreeMoved, meetingConclusionTaskSource } from './modules/dissemination/index.js';
import { evaluationRoutes } from './modules/evaluation/index.js';
import { documentRoutes, documentsSubtreeMoved, documentTaskSource, planRoutes, planTargetTaskSource } from './modules/documents/index.js';
import { feedbackPublicRoutes, feedbackStaffRoutes, feedbackSubtreeMoved } from './modules/feedback/index.js';
import { healthRoutes } from './modules/health/index.js';
import { backupRoutes, systemStatusRoutes } from './modules/backup/index.js';
import { privacyRoutes } from './modules/privacy/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { createNameCache, orgRoutes } from './modules/org/index.js';
import { followStepTasks, procedureRoutes, procedureStepTaskSource } from './modules/procedures/index.js';
import { platformRoutes, setupRoutes } from './modules/setup/index.js';
import { workRoutes, workSubtreeMoved } from './modules/work/index.js';
import { newsPublicPages, newsRoutes } from './modules/news/index.js';
import { schedulePublicPages, scheduleRoutes } from './modules/schedule/index.js';
import { explanationRoutes, explanationsSubtreeMoved } from './modules/explanations/index.js';
import { accountabilityPages, createReportJobs, type ReportJobs, reportRoutes } from './modules/reports/index.js';
import { searchRoutes } from './modules/search/index.js';
import { createCalendarCache } from './platform/calendar/calendar.repository.js';
import { createFileStore } from './platform/files.js';
import type { Clock } from './platform/clock.js';
import { webDistFolder } from './paths.js';
import { registerMetricsRoute, registerRequestMetrics } from './http/metrics.js';
import { countTasksBySignal } from './modules/work/index.js';
import { createLifecycle, type Lifecycle } from './platform/lifecycle.js';
import { cachedFor, createMetrics, type Metrics } from './platform/metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Prometheus metrics of this app (main.ts serves them on a second listener when configured). */
    metrics: Metrics;
    lifecycle: Lifecycle;
  }
}

const SIGNAL_COUNTS_CACHE_MS = 60_000;

/** A hop count trusts that many proxies nearest the server (what Fastify does with a number, which its types omit). */
const fastifyTrustProxyOf = (trust: Config['TRUST_PROXY']) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

export const VERSION = '0.1.0';

export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
  /** false in tests; the server passes pino options. */
  logger?: boolean | object;
  /** The server's shutdown state; a fresh one when absent. */
  lifecycle?: Lifecycle;
  /** Background report generation; tests pass theirs to wait for it. */
  reportJobs?: ReportJobs;
  /** Short lines for a developer's terminal: one per request (http/logging.ts). */
  isOneLinePerRequest?: boolean;
}

/** Builds the whole application without listening: tests drive it with app.inject. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    disableRequestLogging: deps.isOneLinePerRequest === true,
    bodyLimit: 1_048_576,
    trustProxy: fastifyTrustProxyOf(deps.config.TRUST_PROXY),
  });
  const lifecycle = deps.lifecycle ?? createLifecycle();
  const metrics = createMetrics({
    poolStats: deps.database.poolStats,
    signalCounts: cachedFor(SIGNAL_COUNTS_CACHE_MS, () => countTasksBySignal(deps.database.db)),
  });
  app.decorate('metrics', metrics);
  app.decorate('lifecycle', lifecycle);
  registerRequestMetrics(app, metrics);
  if (deps.config.METRICS_TOKEN) registerMetricsRoute(app, metrics, deps.config.METRICS_TOKEN);
  app.setValidatorCompiler(validatorCompiler);
  const validate = deps.config.NODE_ENV !== 'production';
  app.setSerializerCompiler(createResponseSerializerCompiler({ validate }));
  registerProblemHandlers(app);
  registerUnsafeTextGuard(app);
  if (deps.isOneLinePerRequest) logOneLinePerRequest(app);

  await registerSecurityHeaders(app, { isHttps: deps.config.COOKIE_SECURE });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1_048_576, files: 1, fields: 10 } });
  await registerOpenApi(app, VERSION);

  const { db } = deps.database;
  const base = { db, clock: deps.clock };
  const sessionIdleMinutes = deps.config.SESSION_IDLE_MINUTES;
  registerSession(app, { resolve: (token) => resolveSession({ ...base, sessionIdleMinutes }, token) });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { db, databaseKind: deps.database.kind, version: VERSION, lifecycle });
      await api.register(authRoutes, {
        ...base,
        sessionIdleMinutes,
        cookieSecure: deps.config.COOKIE_SECURE,
        loginRateLimitPerMinute: deps.config.LOGIN_RATE_LIMIT_PER_MINUTE,
        passwordLogin: deps.config.AUTH_PASSWORD_LOGIN,
      });
      await api.register(oidcRoutes, {
        ...base,
        settings: oidcSettingsOf(deps.config),
        passwordLogin: deps.config.AUTH_PASSWORD_LOGIN,
        cookieSecure: deps.config.COOKIE_SECURE,
      });
      // A unit move carries along every module's copies of unit paths and subtree totals, in the move's transaction.
      const onSubtreeMoved = [workSubtreeMoved, disseminationSubtreeMoved, documentsSubtreeMoved, feedbackSubtreeMoved, conductSubtreeMoved];
      onSubtreeMoved.push(explanationsSubtreeMoved);
      const names = createNameCache(db);
      const accountWriter = { takenUsernames, createAccounts, disableAccountOfPerson, passwordProblems };
      await api.register(orgRoutes, { ...base, onSubtreeMoved, names, accounts: accountWriter });
      await api.register(auditRoutes, { ...base, checkpointKey: auditCheckpointKeyOf(deps.config) });
      await api.register(accountsRoutes, base);
      await api.register(invitationRoutes, base);
      await api.register(setupRoutes, base);
      await api.register(platformRoutes, base);
      const calendars = createCalendarCache(db);
      await api.register(calendarRoutes, { ...base, calendars });
      const files = createFileStore(join(deps.config.DATA_DIR, 'files'));
      followStepTasks(api, { ...base, calendars });
      await api.register(workRoutes, {
        ...base,
        calendars,
        signalSettings: signalSettingsOf(deps.config),
        files,
        names,
        taskSources: {
          plan_target: planTargetTaskSource,
          procedure_step: procedureStepTaskSource,
          document: documentTaskSource,
          meeting_conclusion: meetingConclusionTaskSource,
        },
      });
      await api.register(documentRoutes, { ...base, files });
      await api.register(planRoutes, base);
      const feedback = { ...base, calendars, files, identityKey: feedbackIdentityKeyOf(deps.config) };
      await api.register(feedbackPublicRoutes, {
        ...feedback,
        submitRateLimitPerHour: deps.config.FEEDBACK_SUBMIT_RATE_LIMIT_PER_HOUR,
        trackRateLimitPerMinute: deps.config.FEEDBACK_TRACK_RATE_LIMIT_PER_MINUTE,
      });
      await api.register(feedbackStaffRoutes, feedback);
      await api.register(notificationRoutes, base);
      await api.register(disseminationRoutes, { ...base, calendars });
      await api.register(conductRoutes, { ...base, calendars, files });
      await api.register(procedureRoutes, { ...base, calendars });
      await api.register(explanationRoutes, { ...base, calendars });
      await api.register(evaluationRoutes, { ...base, calendars });
      await api.register(privacyRoutes, { ...base, calendars });
      await api.register(backupRoutes, {
        database: deps.database,
        clock: deps.clock,
        dataDir: deps.config.DATA_DIR,
        appVersion: VERSION,
        token: deps.config.BACKUP_TOKEN,
      });
      await api.register(systemStatusRoutes, {
        ...base,
        databaseKind: deps.database.kind,
        version: VERSION,
        backupDir: deps.config.BACKUP_DIR,
        backupKeep: deps.config.BACKUP_KEEP,
      });
      await api.register(newsRoutes, { ...base, files });
      await api.register(scheduleRoutes, base);
      await api.register(reportRoutes, { ...base, files, jobs: deps.reportJobs ?? createReportJobs() });
      // The header's search box runs each module's own list, so it sees what the lists see.
      await api.register(searchRoutes, { ...feedback, names, signalSettings: signalSettingsOf(deps.config), accounts: accountWriter });
    },
    { prefix: '/api/v1' },
  );

  // The public portal's server-rendered pages, before the web app's fallback.
  await app.register(newsPublicPages, { ...base, files: createFileStore(join(deps.config.DATA_DIR, 'files')) });
  await app.register(accountabilityPages, base);
  await app.register(schedulePublicPages, base);
  const hasWebApp = await registerWebApp(app, webDistFolder);
  app.setNotFoundHandler(async (request, reply) => {
    if (hasWebApp && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendRouteNotFound(request, reply);
  });
  return app;
}
