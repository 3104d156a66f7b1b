import { builtInPartnerCategories } from '../../../shared/domain/partner-vocabulary';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { isAssignableFacilitator } from '../institutions/index';
import { assertRegionCode } from '../regions/index';
import { findCustomCategoryRow } from './partner-categories.repository';

export interface RegionInput {
  provinceCode: string;
  regencyCode: string;
  districtCode?: string | null | undefined;
  villageCode?: string | null | undefined;
}

function problem(path: string[], message: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ path: ['body', ...path], code: 'custom', message }]);
}

/** Each level is a child of the one above, and the deepest given code is a known region. */
export async function checkRegion(db: Db, region: RegionInput): Promise<string> {
  const chain: [
    keyof RegionInput,
    string | null | undefined,
    'province' | 'regency' | 'district' | 'village',
  ][] = [
    ['provinceCode', region.provinceCode, 'province'],
    ['regencyCode', region.regencyCode, 'regency'],
    ['districtCode', region.districtCode, 'district'],
    ['villageCode', region.villageCode, 'village'],
  ];
  let parent: string | null = null;
  let deepest = region.provinceCode;
  for (const [field, code, level] of chain) {
    if (!code) {
      parent = null;
      continue;
    }
    if (parent === null && level !== 'province') throw problem(['region', field], 'REGION_PARENT_MISSING');
    if (parent !== null && !code.startsWith(`${parent}.`))
      throw problem(['region', field], 'REGION_NOT_IN_PARENT');
    await assertRegionCode(db, code, { path: ['body', 'region', field], minLevel: level, maxLevel: level });
    parent = code;
    deepest = code;
  }
  return deepest;
}

export async function checkCategory(db: Db, institutionId: string, category: string): Promise<void> {
  if ((builtInPartnerCategories as readonly string[]).includes(category)) return;
  if (!(await findCustomCategoryRow(db, institutionId, category)))
    throw problem(['category'], 'PARTNER_CATEGORY_UNKNOWN');
}

export async function checkFacilitator(
  db: Db,
  institutionId: string,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  if (!(await isAssignableFacilitator(db, institutionId, userId)))
    throw problem(['facilitatorUserId'], 'FACILITATOR_INVALID');
}
