import { linkOptions } from '@tanstack/react-router';
import type { DashboardOutcomeKind, Period } from '../../../shared/contracts/reports';
import type { ActivityTimeliness } from '../../../shared/domain/activity-timeliness';
import type { HealthBand } from '../../../shared/domain/health-score';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';

/**
 * The list behind each dashboard figure, exactly as docs/domain/dashboard.md names it, so the
 * count a user clicks is the count the list shows (tests/security/dashboard-figures.test.ts).
 */
export const dashboardLinks = {
  partners: () => linkOptions({ to: '/mitra', search: {} }),
  category: (category: string) => linkOptions({ to: '/mitra', search: { category } }),
  stage: (stage: PartnershipStage) => linkOptions({ to: '/mitra', search: { stage } }),
  pattern: (pattern: string) => linkOptions({ to: '/mitra', search: { pattern } }),
  region: (regionCode: string) => linkOptions({ to: '/mitra', search: { regionCode } }),
  health: (health: HealthBand) => linkOptions({ to: '/mitra', search: { health } }),
  neglected: () => linkOptions({ to: '/perawatan', search: { tab: 'neglected' } }),
  reached: (reachedStage: PartnershipStage) =>
    linkOptions({ to: '/kemitraan', search: { reachedStage, view: 'list' } }),
  agreements: (status: 'active' | 'expiring' | 'expired') =>
    linkOptions({ to: '/kesepakatan', search: { status } }),
  timeliness: (timeliness: ActivityTimeliness, period: Period) =>
    linkOptions({ to: '/kegiatan', search: { timeliness, from: period.from, to: period.to } }),
  outcome: (outcomeKind: DashboardOutcomeKind, period: Period) =>
    linkOptions({
      to: '/kegiatan',
      search: { status: 'done', outcomeKind, from: period.from, to: period.to },
    }),
  satisfaction: (satisfaction: number, period: Period) =>
    linkOptions({
      to: '/perawatan',
      search: { tab: 'feedback', satisfaction, from: period.from, to: period.to },
    }),
};

export type DashboardLink = ReturnType<(typeof dashboardLinks)[keyof typeof dashboardLinks]>;
