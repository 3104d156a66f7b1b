import type { Catalog } from '../../shared/i18n/catalog';
import type { Permission } from '../../shared/domain/roles';

export type MainPath =
  | '/'
  | '/tindak-lanjut'
  | '/mitra'
  | '/kemitraan'
  | '/monitoring'
  | '/kebutuhan'
  | '/kesepakatan'
  | '/kegiatan'
  | '/perawatan'
  | '/laporan'
  | '/wilayah';
export type SettingsPath =
  | '/pengaturan/lembaga'
  | '/pengaturan/pengguna'
  | '/pengaturan/kategori-mitra'
  | '/pengaturan/pola-kemitraan'
  | '/pengaturan/klausul'
  | '/pengaturan/templat-pesan'
  | '/pengaturan/hari-libur'
  | '/pengaturan/audit'
  | '/pengaturan/token-api';

interface NavItem<P extends string> {
  key: keyof Catalog['nav'];
  to: P;
  permission?: Permission;
  testId: string;
  /** A live count shown beside the label. */
  badge?: 'overdueFollowUps';
}

/** The menus of ux.md, in the guide's order. */
export const mainNavItems: ReadonlyArray<NavItem<MainPath>> = [
  { key: 'home', to: '/', testId: 'nav-home' },
  {
    key: 'followUps',
    to: '/tindak-lanjut',
    permission: 'interactions.read',
    testId: 'nav-follow-ups',
    badge: 'overdueFollowUps',
  },
  { key: 'partners', to: '/mitra', testId: 'nav-partners' },
  { key: 'partnerships', to: '/kemitraan', testId: 'nav-partnerships' },
  { key: 'monitoring', to: '/monitoring', permission: 'partnerships.read', testId: 'nav-monitoring' },
  { key: 'needs', to: '/kebutuhan', testId: 'nav-needs' },
  { key: 'agreements', to: '/kesepakatan', testId: 'nav-agreements' },
  { key: 'activities', to: '/kegiatan', testId: 'nav-activities' },
  { key: 'care', to: '/perawatan', testId: 'nav-care' },
  { key: 'reports', to: '/laporan', testId: 'nav-reports' },
  { key: 'region', to: '/wilayah', permission: 'reports.region', testId: 'nav-region' },
];

export const settingsNavItems: ReadonlyArray<NavItem<SettingsPath>> = [
  {
    key: 'institutionProfile',
    to: '/pengaturan/lembaga',
    permission: 'institution.read',
    testId: 'nav-settings-institution',
  },
  { key: 'users', to: '/pengaturan/pengguna', permission: 'users.read', testId: 'nav-settings-users' },
  {
    key: 'partnerCategories',
    to: '/pengaturan/kategori-mitra',
    permission: 'partners.read',
    testId: 'nav-settings-partner-categories',
  },
  {
    key: 'partnershipPatterns',
    to: '/pengaturan/pola-kemitraan',
    permission: 'partnerships.read',
    testId: 'nav-settings-partnership-patterns',
  },
  {
    key: 'clauseLibrary',
    to: '/pengaturan/klausul',
    permission: 'agreements.read',
    testId: 'nav-settings-clause-library',
  },
  {
    key: 'messageTemplates',
    to: '/pengaturan/templat-pesan',
    permission: 'messageTemplates.manage',
    testId: 'nav-settings-message-templates',
  },
  {
    key: 'holidays',
    to: '/pengaturan/hari-libur',
    permission: 'partners.read',
    testId: 'nav-settings-holidays',
  },
  { key: 'audit', to: '/pengaturan/audit', permission: 'audit.read', testId: 'nav-settings-audit' },
  {
    key: 'apiTokens',
    to: '/pengaturan/token-api',
    permission: 'apiTokens.manage',
    testId: 'nav-settings-api-tokens',
  },
];

export function isActivePath(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}
