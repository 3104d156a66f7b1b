import type { Dashboard } from '../../../../shared/contracts/reports';
import type { ValueRecord } from '../../../../shared/contracts/value-records';
import { localDateOf } from '../../../../shared/domain/local-date';
import type { TimeZoneCode } from '../../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { AppError } from '../../../platform/http/app-error';
import { listValueRecords } from '../../value-records/index';
import { getDashboard } from '../get-dashboard';
import {
  findRegionName,
  findReportInstitution,
  listCustomCategoryNames,
  listCustomPatternNames,
  listDoneActivities,
  listReportAgreements,
  listReportPartnerships,
} from './annual-report.repository';

type Institution = NonNullable<Awaited<ReturnType<typeof findReportInstitution>>>;

export interface AnnualSource {
  year: number;
  /** The institution's local day the report is made on. */
  today: string;
  institution: Institution;
  /** The regency or city the institution lies in: the closing's place. */
  placeName: string | null;
  dashboard: Dashboard;
  categoryNames: Map<string, string>;
  patternNames: Map<string, string>;
  partnerships: Awaited<ReturnType<typeof listReportPartnerships>>;
  agreements: Awaited<ReturnType<typeof listReportAgreements>>;
  activities: Awaited<ReturnType<typeof listDoneActivities>>;
  valueRecords: ValueRecord[];
}

/**
 * The years a report can be made for: from the earlier of the operating licence and the
 * institution's registration in Jalin (records may predate the registration), to this year.
 */
export function reportableYears(
  institution: Institution,
  today: string,
): { earliest: number; latest: number } {
  const registered = Number(institution.created_at.slice(0, 4));
  const licensed = institution.operating_licence_issued_on
    ? Number(institution.operating_licence_issued_on.slice(0, 4))
    : registered;
  return { earliest: Math.min(registered, licensed), latest: Number(today.slice(0, 4)) };
}

export async function loadReportInstitution(deps: Pick<AppDeps, 'db' | 'clock'>, institutionId: string) {
  const institution = await findReportInstitution(deps.db, institutionId);
  if (!institution) throw new AppError('INSTITUTION_NOT_FOUND');
  const today = localDateOf(deps.clock.now(), institution.time_zone as TimeZoneCode);
  return { institution, today };
}

export function assertReportableYear(institution: Institution, today: string, year: number): void {
  const { earliest, latest } = reportableYears(institution, today);
  if (year < earliest || year > latest) {
    throw new AppError('ANNUAL_REPORT_YEAR_OUT_OF_RANGE', { earliest, latest });
  }
}

async function allValueRecords(deps: AppDeps, institutionId: string, year: number): Promise<ValueRecord[]> {
  const items: ValueRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listValueRecords(deps.db, institutionId, {
      limit: 200,
      cursor,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items.reverse();
}

/** Everything the report prints, read once; the figures are the dashboard's for January–December. */
export async function loadAnnualSource(
  deps: AppDeps,
  principal: Principal,
  year: number,
): Promise<AnnualSource> {
  const institutionId = principal.institutionId;
  const { institution, today } = await loadReportInstitution(deps, institutionId);
  assertReportableYear(institution, today, year);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const regencyCode = institution.region_code?.slice(0, 5) ?? null;
  const [dashboard, placeName, categories, patterns, partnerships, agreements, activities, valueRecords] =
    await Promise.all([
      getDashboard(deps, principal, { from: `${year}-01`, to: `${year}-12` }),
      regencyCode ? findRegionName(deps.db, regencyCode) : Promise.resolve(null),
      listCustomCategoryNames(deps.db, institutionId),
      listCustomPatternNames(deps.db, institutionId),
      listReportPartnerships(deps.db, institutionId, `${year + 1}-01-01`),
      listReportAgreements(deps.db, institutionId, yearStart, yearEnd),
      listDoneActivities(deps.db, institutionId, yearStart, yearEnd),
      allValueRecords(deps, institutionId, year),
    ]);
  return {
    year,
    today,
    institution,
    placeName,
    dashboard,
    categoryNames: new Map(categories.map((row) => [row.code, row.name])),
    patternNames: new Map(patterns.map((row) => [row.code, row.name])),
    partnerships,
    agreements,
    activities,
    valueRecords,
  };
}
