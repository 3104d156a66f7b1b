import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/shared/domain/roles';
import type { InstitutionKind, TimeZoneCode } from '../../src/shared/domain/institution-kinds';
import { hashPassword } from '../../src/server/platform/auth/password-hashing';
import { newId } from '../../src/server/platform/ids';
import { createInstitutionWithAdmin } from '../../src/server/modules/institutions/index';
import {
  insertUserRow,
  replaceSupervisedRegionCodes,
} from '../../src/server/modules/institutions/users.repository';
import type { TestApp } from '../setup/test-app';

export const standardPassword = 'benang merah rajutan 2026';
let standardHash: Promise<string> | null = null;

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  institutionId: string;
  request(
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

let sequence = 0;
export function uniqueEmail(prefix: string): string {
  sequence += 1;
  return `${prefix}.${sequence}.${Date.now()}@contoh.id`;
}

export async function createInstitutionFixture(
  t: TestApp,
  options: {
    name?: string;
    kind?: InstitutionKind;
    timeZone?: TimeZoneCode;
    regionCode?: string | null;
  } = {},
): Promise<{ institutionId: string; adminEmail: string; adminId: string }> {
  const adminEmail = uniqueEmail('admin');
  const result = await createInstitutionWithAdmin(
    t.deps,
    {
      institutionName: options.name ?? 'LKP Tas Rajut Banjarbaru',
      institutionKind: options.kind ?? 'LKP',
      timeZone: options.timeZone ?? 'WITA',
      regionCode: options.regionCode ?? '63.72',
      managerName: 'Siti Aminah',
      email: adminEmail,
      password: standardPassword,
    },
    { requestId: null, setupToken: null },
  );
  return { institutionId: result.institutionId, adminEmail, adminId: result.userId };
}

/** Inserts a user with the standard password straight into the database (fast set-up). */
export async function createUserFixture(
  t: TestApp,
  institutionId: string,
  role: Role,
  options: { supervisedRegionCodes?: string[]; name?: string } = {},
): Promise<{ userId: string; email: string }> {
  standardHash ??= hashPassword(standardPassword);
  const userId = newId();
  const email = uniqueEmail(role);
  const now = t.deps.clock.now().toISOString();
  await insertUserRow(t.deps.db, {
    id: userId,
    institution_id: institutionId,
    email,
    name: options.name ?? `Pengguna ${role}`,
    role,
    locale: 'id',
    password_hash: await standardHash,
    disabled_at: null,
    last_login_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  if (options.supervisedRegionCodes) {
    await replaceSupervisedRegionCodes(t.deps.db, institutionId, userId, options.supervisedRegionCodes);
  }
  return { userId, email };
}

export async function logInAs(t: TestApp, email: string, password = standardPassword): Promise<Session> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const me = response.json<{ csrfToken: string; user: { id: string }; institution: { id: string } }>();
  const cookie = response.cookies.find((c) => c.name === 'jalin_session')!.value;
  return {
    cookie,
    csrfToken: me.csrfToken,
    userId: me.user.id,
    institutionId: me.institution.id,
    request(method, url, payload, headers = {}) {
      return t.app.inject({
        method: method as 'GET',
        url,
        cookies: { jalin_session: cookie },
        headers: { 'x-csrf-token': me.csrfToken, ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    },
  };
}

/** An institution with a signed-in user of the given role (admin for 'admin'). */
export async function signedInInstitution(
  t: TestApp,
  role: Role = 'manager',
  options: { regionCode?: string | null; supervisedRegionCodes?: string[] } = {},
): Promise<Session & { adminId: string }> {
  const { institutionId, adminEmail, adminId } = await createInstitutionFixture(t, {
    regionCode: options.regionCode ?? '63.72',
  });
  if (role === 'admin') return { ...(await logInAs(t, adminEmail)), adminId };
  const user = await createUserFixture(t, institutionId, role, {
    supervisedRegionCodes: options.supervisedRegionCodes ?? [],
  });
  return { ...(await logInAs(t, user.email)), adminId };
}
