import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { healthResponseSchema } from '../shared/contracts/health';
import { clientConfigRoutes } from './config/client-config.routes';
import { tileImageSource } from './config/map-tiles';
import type { AppDeps } from './platform/app-deps';
import { AppError } from './platform/http/app-error';
import { buildOpenApi } from './platform/http/build-openapi';
import { installErrorHandlers } from './platform/http/error-handler';
import { securityHeaders } from './platform/http/security-headers';
import { registerResponseCompression } from './platform/http/response-compression';
import { apiPrefix, registerRoutes } from './platform/http/register-routes';
import { defineRoute, type AnyRoute } from './platform/http/route-definition';
import { newId } from './platform/ids';
import { auditEventRoutes } from './modules/audit-log/index';
import { authenticateRequest, institutionsModuleRoutes } from './modules/institutions/index';
import { jobRoutes } from './modules/jobs/index';
import { partnersModuleRoutes } from './modules/partners/index';
import { engagementModuleRoutes } from './modules/engagement/index';
import { analysisModuleRoutes } from './modules/analysis/index';
import { workPlansModuleRoutes } from './modules/work-plans/index';
import { evaluationsModuleRoutes } from './modules/evaluations/index';
import { monevReportModuleRoutes } from './modules/monev-report/index';
import { evidencePackModuleRoutes } from './modules/evidence-pack/index';
import { implementationModuleRoutes } from './modules/implementation/index';
import { agreementsModuleRoutes } from './modules/agreements/index';
import { monitoringModuleRoutes } from './modules/monitoring/index';
import { messagesModuleRoutes } from './modules/messages/index';
import { occasionsModuleRoutes } from './modules/occasions/index';
import { gatheringsModuleRoutes } from './modules/gatherings/index';
import { careModuleRoutes } from './modules/care/index';
import { notificationsModuleRoutes } from './modules/notifications/index';
import { feedbackModuleRoutes } from './modules/feedback/index';
import { valueRecordsModuleRoutes } from './modules/value-records/index';
import { reportsModuleRoutes } from './modules/reports/index';
import { regionRoutes } from './modules/regions/index';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webDistDir = path.join(projectRoot, 'dist', 'web');
const swaggerUiDir = path.join(projectRoot, 'node_modules', 'swagger-ui-dist');
const apiDocsDir = path.join(projectRoot, 'src', 'server', 'platform', 'http', 'api-docs');

const systemRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: '/health',
    summary: 'Liveness and database check',
    tag: 'System',
    access: { kind: 'public' },
    response: healthResponseSchema,
    async handler({ deps }) {
      await deps.db.selectFrom('institutions').select('id').limit(1).execute();
      return { status: 'ok' as const, database: deps.dialect };
    },
  }),
];

/** Every API route of every module, in one list: the server's route table. */
export const allRoutes: AnyRoute[] = [
  ...systemRoutes,
  ...clientConfigRoutes,
  ...institutionsModuleRoutes,
  ...auditEventRoutes,
  ...regionRoutes,
  ...partnersModuleRoutes,
  ...engagementModuleRoutes,
  ...analysisModuleRoutes,
  ...workPlansModuleRoutes,
  ...evaluationsModuleRoutes,
  ...implementationModuleRoutes,
  ...agreementsModuleRoutes,
  ...monevReportModuleRoutes,
  ...evidencePackModuleRoutes,
  ...monitoringModuleRoutes,
  ...occasionsModuleRoutes,
  ...gatheringsModuleRoutes,
  ...careModuleRoutes,
  ...notificationsModuleRoutes,
  ...feedbackModuleRoutes,
  ...valueRecordsModuleRoutes,
  ...reportsModuleRoutes,
  ...messagesModuleRoutes,
  ...jobRoutes,
];

export interface BuildAppOptions {
  logger?: boolean;
  serveWeb?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 256 * 1024,
    genReqId: () => newId(),
    requestIdHeader: false,
  });
  const tileSource = tileImageSource(deps.config.mapTiles);
  const headers = securityHeaders({
    imageSources: tileSource ? [tileSource] : [],
    hsts: deps.config.cookieSecure,
  });
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    // On the raw response, as helmet set them: error and not-found answers carry them too.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
  await app.register(cookie);
  await app.register(multipart);
  // Before the routes: the plugin attaches itself to each route as it is added.
  await registerResponseCompression(app);
  // A job in flight stops between batches and resumes at the next start (imports are idempotent).
  app.addHook('onClose', () => deps.jobs.stop());
  // JSON is the only text the API reads; a form or plain-text body is 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    ['image/png', 'image/jpeg', 'application/pdf'],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  installErrorHandlers(app);

  registerRoutes(app, allRoutes, deps, (request) => authenticateRequest(deps, request));
  // Built on first request: converting every contract to JSON Schema is a third of a cold start (S10).
  let openApi: ReturnType<typeof buildOpenApi> | null = null;
  app.get(`${apiPrefix}/openapi.json`, (_request, reply) =>
    reply.send((openApi ??= buildOpenApi(allRoutes))),
  );

  await app.register(fastifyStatic, {
    root: swaggerUiDir,
    prefix: '/api/docs/assets/',
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: apiDocsDir,
    prefix: '/api/docs/',
    decorateReply: false,
    index: 'index.html',
  });

  const serveWeb = options.serveWeb ?? true;
  const indexHtml = path.join(webDistDir, 'index.html');
  if (serveWeb && fs.existsSync(indexHtml)) {
    const hashedAssetsDir = path.join(webDistDir, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file (vite.config.ts): no compressing per request.
      preCompressed: true,
      setHeaders(reply, filePath) {
        // A file under assets/ is named by its content hash, so a new build is a new URL.
        const hashed = filePath.startsWith(hashedAssetsDir);
        void reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const html = fs.readFileSync(indexHtml);
    app.setNotFoundHandler((request, reply) => {
      const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
      if (!wantsPage) throw new AppError('ROUTE_NOT_FOUND');
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
    });
  } else {
    app.setNotFoundHandler(() => {
      throw new AppError('ROUTE_NOT_FOUND');
    });
  }
  return app;
}
