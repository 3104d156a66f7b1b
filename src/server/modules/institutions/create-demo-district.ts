import type { AppDeps } from '../../platform/app-deps';
import { writeAudit, type AuditOrigin } from '../../platform/audit/audit-writer';
import { hashPassword } from '../../platform/auth/password-hashing';
import type { Database } from '../../db/schema';
import type { Transaction } from 'kysely';
import { insertInstitution, type CreateInstitutionInput } from './create-institution';
import { newPassphrase } from './create-demo-institution';
import { toInstitution } from './institution-mappers';
import { findInstitutionRow, updateInstitutionRow } from './institutions.repository';
import { insertUser } from './insert-user';
import { findUserRowByEmail, setUserPasswordHash } from './users.repository';

export const demoSupervisorEmail = 'penilik@demo.jalin.id';

interface DemoDistrictInstitution {
  key: 'banjarmasin' | 'surabaya' | 'office';
  institution: CreateInstitutionInput;
  point: { latitude: number; longitude: number };
  /** The account that owns its demo records; invited, never signed in with. */
  manager: { email: string; name: string } | null;
}

const district: DemoDistrictInstitution[] = [
  {
    key: 'banjarmasin',
    institution: {
      name: 'LKP Sasirangan Banjarmasin',
      kind: 'LKP',
      address: 'Jl. Sultan Adam No. 8, Banjarmasin Utara',
      regionCode: '63.71',
      timeZone: 'WITA',
      unitCode: 'LKP-SSB',
    },
    point: { latitude: -3.2971, longitude: 114.5969 },
    manager: { email: 'pengelola.sasirangan@demo.jalin.id', name: 'Ibu Hj. Noor Aida' },
  },
  {
    key: 'surabaya',
    institution: {
      name: 'LKP Batik Surabaya',
      kind: 'LKP',
      address: 'Jl. Kertajaya No. 21, Gubeng, Surabaya',
      regionCode: '35.78',
      timeZone: 'WIB',
      unitCode: 'LKP-BTS',
    },
    point: { latitude: -7.2797, longitude: 112.7634 },
    manager: { email: 'pengelola.batik@demo.jalin.id', name: 'Ibu Retno Wulandari' },
  },
  {
    key: 'office',
    institution: {
      name: 'Dinas Pendidikan Provinsi Kalimantan Selatan',
      kind: 'other',
      address: 'Jl. Jenderal Sudirman No. 9, Banjarmasin',
      regionCode: '63',
      timeZone: 'WITA',
    },
    point: { latitude: -3.3186, longitude: 114.5944 },
    manager: null,
  },
];

/** The main demo institution (LKP Tas Rajut Banjarbaru)'s point: Jl. Panglima Batur, Banjarbaru. */
const mainPoint = { latitude: -3.4426, longitude: 114.8321 };

export interface DemoDistrictResult {
  created: boolean;
  institutions: { key: 'banjarmasin' | 'surabaya'; id: string; managerEmail: string }[];
  supervisor: { email: string; role: string; password: string };
}

async function placeInstitution(
  trx: Transaction<Database>,
  deps: AppDeps,
  origin: AuditOrigin,
  id: string,
  point: { latitude: number; longitude: number },
): Promise<void> {
  const before = await findInstitutionRow(trx, id);
  if (!before || before.latitude !== null) return;
  await updateInstitutionRow(trx, id, before.version, {
    ...point,
    updated_at: deps.clock.now().toISOString(),
  });
  await writeAudit(trx, deps, origin, {
    institutionId: id,
    action: 'institution.updated',
    entityType: 'institution',
    entityId: id,
    before: toInstitution(before),
    after: toInstitution((await findInstitutionRow(trx, id))!),
  });
}

/**
 * The district around the demo (issue 8): a second Kalimantan Selatan institution, one in Jawa
 * Timur the supervisor must not see, and the provincial education office hosting the supervisor
 * of code 63. Run again, the supervisor gets a new password, like the other demo accounts.
 */
export async function createDemoDistrict(
  deps: AppDeps,
  mainInstitutionId: string | null,
): Promise<DemoDistrictResult> {
  const password = newPassphrase();
  const hash = await hashPassword(password);
  const now = deps.clock.now().toISOString();
  const origin = { principal: null, requestId: null };
  const supervisor = { email: demoSupervisorEmail, role: 'supervisor', password };
  const existing = await findUserRowByEmail(deps.db, demoSupervisorEmail);
  if (existing) {
    await deps.db.transaction().execute(async (trx) => {
      await setUserPasswordHash(trx, existing.institution_id, existing.id, hash, now);
      await writeAudit(trx, deps, origin, {
        institutionId: existing.institution_id,
        action: 'user.password_reset_by_demo',
        entityType: 'user',
        entityId: existing.id,
      });
    });
    return { created: false, institutions: [], supervisor };
  }
  return deps.db.transaction().execute(async (trx) => {
    const institutions: DemoDistrictResult['institutions'] = [];
    for (const entry of district) {
      const institution = await insertInstitution(trx, deps, origin, entry.institution);
      await placeInstitution(trx, deps, origin, institution.id, entry.point);
      if (entry.key === 'office') {
        await insertUser(trx, deps, origin, {
          institutionId: institution.id,
          email: demoSupervisorEmail,
          name: 'Bapak Drs. H. Rahmadi, Penilik PNF',
          role: 'supervisor',
          passwordHash: hash,
          supervisedRegionCodes: ['63'],
        });
      } else if (entry.manager) {
        await insertUser(trx, deps, origin, {
          institutionId: institution.id,
          email: entry.manager.email,
          name: entry.manager.name,
          role: 'manager',
          passwordHash: null,
        });
        institutions.push({ key: entry.key, id: institution.id, managerEmail: entry.manager.email });
      }
    }
    if (mainInstitutionId) await placeInstitution(trx, deps, origin, mainInstitutionId, mainPoint);
    return { created: true, institutions, supervisor };
  });
}
