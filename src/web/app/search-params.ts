/** Search parameter validators: unknown or malformed values are dropped, never trusted. */
import {
  builtInPatterns,
  customPatternCodePattern,
  partnershipStages,
  type PartnershipStage,
} from '../../shared/domain/partnership-stages';
import { healthBands, type HealthBand } from '../../shared/domain/health-score';

function readString(value: unknown, max = 500): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function readDate(value: unknown): string | undefined {
  const text = readString(value, 10);
  return text && isoDate.test(text) ? text : undefined;
}

const signInStatuses = ['password-set', 'signed-out', 'session-expired'] as const;
type SignInStatus = (typeof signInStatuses)[number];

export interface SignInSearch {
  redirect?: string;
  status?: SignInStatus;
  email?: string;
}

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  const status = signInStatuses.find((value) => value === search.status);
  return {
    redirect: readString(search.redirect, 1000),
    status,
    email: readString(search.email, 254),
  };
}

export interface TokenSearch {
  token?: string;
}

export function parseTokenSearch(search: Record<string, unknown>): TokenSearch {
  return { token: readString(search.token, 200) };
}

export interface AuditSearch {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  return {
    action: readString(search.action, 80),
    entityType: readString(search.entityType, 80),
    from: readDate(search.from),
    to: readDate(search.to),
  };
}

const regionCode = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const sizes = ['micro', 'small', 'medium', 'large'] as const;

export interface PartnerSearch {
  q?: string;
  category?: string;
  regionCode?: string;
  size?: (typeof sizes)[number];
  sector?: string;
  tag?: string;
  facilitatorUserId?: string;
  /** Comma-separated exchange items, as the API takes them. */
  needs?: string;
  offers?: string;
  /** Has a partnership in this stage / with this pattern. */
  stage?: PartnershipStage;
  pattern?: string;
  /** Relationship health band, computed on read by the care module. */
  health?: HealthBand;
}

function readList(value: unknown): string | undefined {
  const text = readString(value, 400);
  if (!text) return undefined;
  const items = text.split(',').filter((item) => /^[a-z_]{2,40}$/.test(item));
  return items.length > 0 ? items.join(',') : undefined;
}

export interface PartnerListSearch extends PartnerSearch {
  /** The map instead of the list, over the same filters. */
  view?: 'map';
}

/** Mitra list: search, filters and the list or map view live in the URL so a view can be shared. */
export function parsePartnerSearch(search: Record<string, unknown>): PartnerListSearch {
  const q = readString(search.q, 100);
  const code = readString(search.regionCode, 20);
  return {
    q: q && q.length >= 3 ? q : undefined,
    category: readString(search.category, 60),
    regionCode: code && regionCode.test(code) ? code : undefined,
    size: sizes.find((size) => size === search.size),
    sector: readString(search.sector, 120),
    tag: readString(search.tag, 40)?.toLowerCase(),
    facilitatorUserId: readString(search.facilitatorUserId, 60),
    needs: readList(search.needs),
    offers: readList(search.offers),
    stage: partnershipStages.find((stage) => stage === search.stage),
    pattern:
      builtInPatterns.find((pattern) => pattern === search.pattern) ??
      (typeof search.pattern === 'string' && customPatternCodePattern.test(search.pattern)
        ? search.pattern
        : undefined),
    health: healthBands.find((band) => band === search.health),
    view: search.view === 'map' ? 'map' : undefined,
  };
}

export const careTabs = ['agenda', 'neglected', 'occasions', 'feedback', 'gatherings'] as const;
export type CareTab = (typeof careTabs)[number];

export interface CareSearch {
  tab?: CareTab;
  /** The agenda's scope: the signed-in user's partners or the whole institution. */
  scope?: 'mine' | 'all';
  /** The feedback tab's filters: answered with this satisfaction, answered within these months. */
  satisfaction?: number;
  from?: string;
  to?: string;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const readMonth = (value: unknown) =>
  typeof value === 'string' && monthPattern.test(value) ? value : undefined;

export function parseCareSearch(search: Record<string, unknown>): CareSearch {
  const satisfaction = Number(search.satisfaction);
  return {
    tab: careTabs.find((tab) => tab === search.tab),
    scope: search.scope === 'mine' || search.scope === 'all' ? search.scope : undefined,
    satisfaction:
      Number.isInteger(satisfaction) && satisfaction >= 1 && satisfaction <= 5 ? satisfaction : undefined,
    from: readMonth(search.from),
    to: readMonth(search.to),
  };
}
