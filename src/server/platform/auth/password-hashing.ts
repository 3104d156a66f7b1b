import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (19 MiB, 2 passes): about 30 ms on these machines.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const; // the library's default algorithm is argon2id

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so an unknown email is not told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('jalin-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
