import type { Db } from '../src/server/db/database';
import { toLocalPhone } from '../src/shared/domain/phone';
import { benchSeed, Prng } from './generators/prng';

export interface SearchFragment {
  kind: 'name' | 'phone' | 'email';
  /** As a user types it into the search box. */
  typed: string;
}

const legalForms = new Set(['pt', 'cv', 'ud', 'kud', 'bapak', 'ibu', 'hj', 'toko']);

/**
 * What people type into the search box, cut from one institution's own partners and contacts so
 * every query finds something: the start of a word of a name (4–7 letters, some a whole common word
 * like "koperasi"), digits of a phone as written (`0812-3456`, or a middle run like `345678`), and
 * the start of an email address. Deterministic for a data set.
 */
export async function searchFragments(
  db: Db,
  institutionId: string,
  count: number,
): Promise<SearchFragment[]> {
  const prng = new Prng(benchSeed ^ institutionId.charCodeAt(institutionId.length - 1));
  const [partners, contacts] = await Promise.all([
    db
      .selectFrom('partners')
      .select('name')
      .where('institution_id', '=', institutionId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('partner_contacts')
      .select(['name', 'phone', 'email'])
      .where('institution_id', '=', institutionId)
      .orderBy('id')
      .execute(),
  ]);
  const phones = contacts.map((c) => c.phone).filter((p): p is string => p !== null);
  const emails = contacts.map((c) => c.email).filter((e): e is string => e !== null);
  const fragments: SearchFragment[] = [];
  while (fragments.length < count) {
    const kind = prng.weighted([
      ['name', 40],
      ['phone', 30],
      ['email', 30],
    ] as const);
    if (kind === 'name') {
      const words = prng
        .pick(partners)
        .name.toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4 && !legalForms.has(w));
      if (words.length === 0) continue;
      const word = prng.pick(words);
      fragments.push({ kind, typed: word.slice(0, Math.max(4, Math.min(word.length, prng.int(4, 8)))) });
    } else if (kind === 'phone' && phones.length > 0) {
      const local = toLocalPhone(prng.pick(phones));
      fragments.push({
        kind,
        typed: prng.chance(0.5) ? `${local.slice(0, 4)}-${local.slice(4, 8)}` : local.slice(4, 10),
      });
    } else if (kind === 'email' && emails.length > 0) {
      const address = prng.pick(emails);
      fragments.push({ kind, typed: address.slice(0, Math.min(address.indexOf('@'), prng.int(4, 9))) });
    }
  }
  return fragments;
}
