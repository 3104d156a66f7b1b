import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from '../lib/api-client';
import { withFullCatalog } from '../lib/i18n';
import { meQueryKey, meQueryOptions } from '../lib/me-query';
import { viewingInstitution } from '../lib/viewing-institution';
import { queryClient } from '../lib/query-client';
import { parsePartnerImportSearch } from '../features/partner-import/import-search';
import { parseFollowUpSearch } from '../features/follow-ups/follow-up-search';
import { parseAgreementPageSearch, parseAgreementSearch } from '../features/agreements/agreement-search';
import { parsePartnershipSearch } from '../features/partnerships/partnership-search';
import { parseMonitoringSearch } from '../features/monitoring/monitoring-search';
import { parseActivitiesSearch } from '../features/activities/activities-search';
import { parseDashboardSearch } from '../features/reports/dashboard-period';
import { PageLoader } from '../ui/page-loader';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';
import {
  parseAuditSearch,
  parsePartnerSearch,
  parseSignInSearch,
  parseTokenSearch,
  parseCareSearch,
} from './search-params';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// Public pages (no session needed).
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: parseSignInSearch,
  // Already signed in: straight to the app. Always asks the server, never a stale cache.
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient
      .query({ ...meQueryOptions, staleTime: 0, retry: false })
      .catch(() => null);
    if (me) redirect({ to: '/', throw: true });
  },
  component: lazyRouteComponent(() => import('../features/auth/sign-in-page'), 'SignInPage'),
});
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  validateSearch: parseTokenSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/auth/setup-page')),
    'SetupPage',
  ),
});
const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/atur-sandi',
  validateSearch: parseTokenSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/auth/set-password-page')),
    'SetPasswordPage',
  ),
});

// Links sent to partners: no account, phone first; each page asks the server about its token.
const publicAgreementReviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/kesepakatan/$agreementId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/agreement-signing/public-review-page')),
    'PublicReviewPage',
  ),
});
const publicAgreementSigningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/tanda-tangan/$agreementId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/agreement-signing/public-signing-page')),
    'PublicSigningPage',
  ),
});

const publicWorkPlanReviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/rencana-kerja/$workPlanId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/work-plans/public-work-plan-page')),
    'PublicWorkPlanPage',
  ),
});

const publicEvidenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/bukti-kegiatan/$partnershipId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/activities/public-evidence-page')),
    'PublicEvidencePage',
  ),
});

const publicEvaluationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/evaluasi/$evaluationId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/evaluations/public-evaluation-page')),
    'PublicEvaluationPage',
  ),
});

const publicGatheringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/temu-mitra/$invitationId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/gatherings/public-gathering-page')),
    'PublicGatheringPage',
  ),
});

const publicFeedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tautan/umpan-balik/$requestId/$token',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/feedback/public-feedback-page')),
    'PublicFeedbackPage',
  ),
});

// Everything else needs a session: /me is loaded before the layout renders.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  component: AppLayout,
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.query({ ...meQueryOptions, staleTime: 'static' });
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        const target = location.pathname === '/' ? undefined : location.href;
        redirect({ to: '/masuk', search: { redirect: target }, throw: true });
      }
      throw error;
    }
  },
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: parseDashboardSearch,
  // A supervisor's own office has nothing to show: its home is the district roll-up, unless it
  // is looking at one of its institutions.
  beforeLoad: ({ context }) => {
    const me = context.queryClient.getQueryData(meQueryKey);
    if (me?.user.role === 'supervisor' && !viewingInstitution()) redirect({ to: '/wilayah', throw: true });
  },
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/home/home-page')),
    'HomePage',
  ),
});

// Kemitraan (steps 2–11): the pipeline board and one partnership's page.
const partnershipsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kemitraan',
  validateSearch: parsePartnershipSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partnerships/partnerships-page')),
    'PartnershipsPage',
  ),
});
const partnershipRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kemitraan/$partnershipId',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partnerships/partnership-page')),
    'PartnershipPage',
  ),
});
// Steps 9–11: one cycle's joint evaluation, decision and follow-up.
const evaluationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kemitraan/$partnershipId/evaluasi/$evaluationId',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/evaluations/evaluation-page')),
    'EvaluationPage',
  ),
});
// Monitoring (step 9): deviations from the plan across the running partnerships.
const monitoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/monitoring',
  validateSearch: parseMonitoringSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/monitoring/monitoring-page')),
    'MonitoringPage',
  ),
});
// Tindak lanjut: follow-up tasks from the contact log, mine or everyone's.
const followUpsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut',
  validateSearch: parseFollowUpSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/follow-ups/follow-ups-page')),
    'FollowUpsPage',
  ),
});
// Kebutuhan (step 3): the institution's needs and the partners ranked for each.
const needsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kebutuhan',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/needs/needs-page')),
    'NeedsPage',
  ),
});
const needRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kebutuhan/$needId',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/needs/need-page')),
    'NeedPage',
  ),
});
// Kesepakatan (steps 6, 7, 11): every agreement, and one agreement's draft, document and signing.
const agreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kesepakatan',
  validateSearch: parseAgreementSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/agreements/agreements-page')),
    'AgreementsPage',
  ),
});
const agreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kesepakatan/$agreementId',
  validateSearch: parseAgreementPageSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/agreements/agreement-page')),
    'AgreementPage',
  ),
});
// Kegiatan (step 8): every activity of the institution, the list behind the dashboard's figures.
const activitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kegiatan',
  validateSearch: parseActivitiesSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/activities/activities-page')),
    'ActivitiesPage',
  ),
});
// Perawatan Mitra (section C): agenda, neglected partners, occasions, feedback, gatherings.
const careRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perawatan',
  validateSearch: parseCareSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/care/care-page')),
    'CarePage',
  ),
});
// Laporan: the annual partnership report and exports.
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/laporan',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/reports/reports-page')),
    'ReportsPage',
  ),
});
// Wilayah: the district roll-up of a supervisor (dinas), read-only.
const regionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/wilayah',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/region/region-page')),
    'RegionPage',
  ),
});

// Mitra (step 1, Pemetaan Mitra): the pages are split into their own chunks.
const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mitra',
  validateSearch: parsePartnerSearch,
  component: lazyRouteComponent(() => import('../features/partners/partner-list-page'), 'PartnerListPage'),
});
const partnerNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mitra/baru',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partners/partner-new-page')),
    'PartnerNewPage',
  ),
});
const partnerImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mitra/impor',
  validateSearch: parsePartnerImportSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partner-import/partner-import-page')),
    'PartnerImportPage',
  ),
});
const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mitra/$partnerId',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partners/partner-page')),
    'PartnerPage',
  ),
});
const partnerEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mitra/$partnerId/ubah',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partners/partner-edit-page')),
    'PartnerEditPage',
  ),
});

// Settings pages are split into their own chunks.
const settingsIndexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan',
  beforeLoad: () => {
    redirect({ to: '/pengaturan/lembaga', throw: true });
  },
});
const institutionSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/lembaga',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/institutions/institution-profile-page')),
    'InstitutionProfilePage',
  ),
});
const usersSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/pengguna',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/users/users-page')),
    'UsersPage',
  ),
});
const partnerCategoriesSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/kategori-mitra',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partner-categories/partner-categories-page')),
    'PartnerCategoriesPage',
  ),
});
const partnershipPatternsSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/pola-kemitraan',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/partnership-patterns/partnership-patterns-page')),
    'PartnershipPatternsPage',
  ),
});
const clauseLibrarySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/klausul',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/clause-library/clause-library-page')),
    'ClauseLibraryPage',
  ),
});
const messageTemplatesSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/templat-pesan',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/messages/message-templates-page')),
    'MessageTemplatesPage',
  ),
});
const holidaysSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/hari-libur',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/occasions/holidays-page')),
    'HolidaysPage',
  ),
});
const auditSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/audit',
  validateSearch: parseAuditSearch,
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/audit/audit-page')),
    'AuditPage',
  ),
});
const apiTokensSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/token-api',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/api-tokens/api-tokens-page')),
    'ApiTokensPage',
  ),
});

const aboutRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tentang',
  component: lazyRouteComponent(
    withFullCatalog(() => import('../features/about/about-page')),
    'AboutPage',
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupRoute,
  setPasswordRoute,
  publicAgreementReviewRoute,
  publicAgreementSigningRoute,
  publicWorkPlanReviewRoute,
  publicEvidenceRoute,
  publicEvaluationRoute,
  publicFeedbackRoute,
  publicGatheringRoute,
  appRoute.addChildren([
    homeRoute,
    followUpsRoute,
    partnersRoute,
    partnerNewRoute,
    partnerImportRoute,
    partnerRoute,
    partnerEditRoute,
    partnershipsRoute,
    partnershipRoute,
    evaluationRoute,
    monitoringRoute,
    needsRoute,
    needRoute,
    agreementsRoute,
    agreementRoute,
    activitiesRoute,
    careRoute,
    reportsRoute,
    regionRoute,
    settingsIndexRoute,
    institutionSettingsRoute,
    usersSettingsRoute,
    partnerCategoriesSettingsRoute,
    partnershipPatternsSettingsRoute,
    clauseLibrarySettingsRoute,
    messageTemplatesSettingsRoute,
    holidaysSettingsRoute,
    auditSettingsRoute,
    apiTokensSettingsRoute,
    aboutRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: PageLoader,
  defaultErrorComponent: RouteErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
