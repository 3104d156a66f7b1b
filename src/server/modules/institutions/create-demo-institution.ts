import { randomInt } from 'node:crypto';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { hashPassword } from '../../platform/auth/password-hashing';
import { insertInstitution } from './create-institution';
import { insertUser } from './insert-user';
import { findUserRowByEmail, setUserPasswordHash } from './users.repository';

export const demoInstitutionName = 'LKP Tas Rajut Banjarbaru';

const words = [
  'rajut',
  'benang',
  'tas',
  'mitra',
  'pasar',
  'intan',
  'martapura',
  'sasirangan',
  'kain',
  'jarum',
  'anyaman',
  'pelangi',
];

/** A passphrase of four words and a number: easy to type on a phone, not in any common list. */
export function newPassphrase(): string {
  const picked = Array.from({ length: 4 }, () => words[randomInt(words.length)]!);
  return `${picked.join('-')}-${randomInt(10, 100)}`;
}

const demoUsers = [
  { email: 'pengelola@demo.jalin.id', name: 'Ibu Siti Rahmah', role: 'manager' },
  { email: 'pendamping@demo.jalin.id', name: 'Bapak Ahmad Fauzi', role: 'facilitator' },
] as const;

export interface DemoResult {
  created: boolean;
  institutionId: string | null;
  users: { email: string; role: string; password: string }[];
}

/**
 * The demo story's institution (Kalimantan Selatan, WITA) with a manager and a facilitator. Run it
 * again and the same accounts get new passwords, so the printed ones always work.
 */
export async function createDemoInstitution(deps: AppDeps): Promise<DemoResult> {
  const passwords = demoUsers.map(() => newPassphrase());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  const existing = await findUserRowByEmail(deps.db, demoUsers[0].email);
  const now = deps.clock.now().toISOString();
  const origin = { principal: null, requestId: null };
  if (existing) {
    await deps.db.transaction().execute(async (trx) => {
      for (const [index, user] of demoUsers.entries()) {
        const row = await findUserRowByEmail(trx, user.email);
        if (!row) continue;
        await setUserPasswordHash(trx, row.institution_id, row.id, hashes[index]!, now);
        await writeAudit(trx, deps, origin, {
          institutionId: row.institution_id,
          action: 'user.password_reset_by_demo',
          entityType: 'user',
          entityId: row.id,
        });
      }
    });
    return {
      created: false,
      institutionId: existing.institution_id,
      users: demoUsers.map((u, i) => ({ email: u.email, role: u.role, password: passwords[i]! })),
    };
  }
  const institutionId = await deps.db.transaction().execute(async (trx) => {
    const institution = await insertInstitution(trx, deps, origin, {
      name: demoInstitutionName,
      kind: 'LKP',
      npsn: 'K5634127',
      address: 'Jl. Panglima Batur No. 12, Loktabat Utara, Banjarbaru',
      regionCode: '63.72',
      timeZone: 'WITA',
      operatingLicenceNumber: '421.9/015/DISDIK/2022',
      operatingLicenceIssuedOn: '2022-02-14',
      accreditationBody: 'BAN PAUD dan PNF',
      accreditationGrade: 'B',
      accreditationDecreeNumber: '045/BAN PAUD DAN PNF/AKR/2023',
      accreditationExpiresOn: '2028-11-30',
      unitCode: 'LKP-TRB',
      documentNumberPattern: '{seq:3}/{kind}/{unit}/{monthRoman}/{year}',
    });
    for (const [index, user] of demoUsers.entries()) {
      await insertUser(trx, deps, origin, {
        institutionId: institution.id,
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: hashes[index]!,
      });
    }
    return institution.id;
  });
  return {
    created: true,
    institutionId,
    users: demoUsers.map((u, i) => ({ email: u.email, role: u.role, password: passwords[i]! })),
  };
}
