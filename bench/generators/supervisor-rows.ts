import type { Row } from './bulk-writer';
import { institutionRow } from './institution-row';
import type { Prng } from './prng';

export const benchSupervisorEmail = 'penilik@dinas-bench.contoh.id';

/**
 * The province's education office (kind `other`, no partners) with its penilik, a supervisor of the
 * province's code, set up as the demo's district sets it up (create-demo-district.ts): the account
 * S4 and S7 sign in with to read the district roll-up. Columns in the order the other rows use.
 */
export function supervisorRows(
  prng: Prng,
  provinceCode: string,
  passwordHash: string,
): {
  institution: Row;
  user: Row;
  region: { institution_id: string; user_id: string; region_code: string };
  email: string;
} {
  const at = '2024-01-08T01:00:00.000Z';
  const institutionId = prng.uuidV7(Date.parse(at));
  const userId = prng.uuidV7(Date.parse(at) + 60_000);
  return {
    institution: institutionRow({
      id: institutionId,
      name: 'Dinas Pendidikan Provinsi Kalimantan Selatan',
      kind: 'other',
      address: 'Jl. Jenderal Sudirman No. 9, Banjarmasin',
      regionCode: provinceCode,
      at,
    }),
    user: {
      id: userId,
      institution_id: institutionId,
      email: benchSupervisorEmail,
      name: 'Bapak Drs. H. Rahmadi, Penilik PNF',
      role: 'supervisor',
      locale: 'id',
      password_hash: passwordHash,
      disabled_at: null,
      last_login_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    },
    region: { institution_id: institutionId, user_id: userId, region_code: provinceCode },
    email: benchSupervisorEmail,
  };
}
