import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContactRequestSchema } from '../../../../shared/contracts/partner-contact-requests';
import { createPartnerRequestSchema } from '../../../../shared/contracts/partners';
import {
  builtInPartnerCategories,
  exchangeItems,
  kbliVersions,
  partnerScopes,
  partnerSizes,
} from '../../../../shared/domain/partner-vocabulary';
import { acceptImportContact, acceptImportPartner } from './accept-import-row';

/** Mostly plausible cell texts, with the edges each check guards: blanks, lengths, near misses. */
const someText = (max: number) =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom('', ' ', '  x  ', 'Toko Maju Jaya', 'a', 'É', '\t\n'),
    fc.string({ maxLength: max + 3 }),
    fc.string({ minLength: max - 2, maxLength: max + 2 }),
  );
const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), arb);
const code = fc.oneof(
  fc.constantFrom('63', '63.03', '63.03.05', '63.03.05.2001', ' 63.03 ', '6', '63.3', 'ab'),
);

const anyCandidate = fc.record({
  name: fc.oneof(fc.constantFrom('', 'A', 'PT Maju', ' CV Sinar Abadi ', 'x'.repeat(200), 'x'.repeat(201))),
  category: fc.constantFrom(
    ...builtInPartnerCategories,
    'custom:kelompok-tani',
    'custom:X',
    'unknown',
    ' business',
  ),
  size: fc.oneof(fc.constant(null), fc.constantFrom(...partnerSizes), fc.constant('huge')),
  sector: someText(120),
  description: someText(4000),
  characteristics: someText(4000),
  needs: fc.option(fc.array(fc.constantFrom(...exchangeItems, 'bogus'), { maxLength: 10 }), {
    nil: undefined,
  }),
  offers: fc.option(fc.uniqueArray(fc.constantFrom(...exchangeItems), { maxLength: 9 }), { nil: undefined }),
  scope: fc.option(fc.constantFrom(...partnerScopes, 'far'), { nil: undefined }),
  region: fc.oneof(
    fc.record({ provinceCode: code, regencyCode: code, districtCode: maybe(code), villageCode: maybe(code) }),
    fc.constant({ provinceCode: '00', regencyCode: '00.00' }),
  ),
  address: someText(500),
  location: maybe(
    fc.record({
      lat: fc.oneof(fc.double({ min: -12, max: 7 }), fc.constantFrom(Number.NaN, Infinity, -11.1, 6.2)),
      lng: fc.oneof(fc.double({ min: 94, max: 142 }), fc.constantFrom(Number.NaN, 141.1, 94.7)),
    }),
  ),
  website: fc.oneof(fc.constant(null), fc.constantFrom('https://contoh.co.id', 'contoh')),
  source: someText(300),
  tags: fc.option(
    fc.array(fc.oneof(fc.string({ maxLength: 42 }), fc.constantFrom(' Kuliner ', 'x'.repeat(41))), {
      maxLength: 21,
    }),
    {
      nil: undefined,
    },
  ),
  identifiers: fc.record({
    nib: maybe(fc.oneof(digits(13), digits(12), fc.constant(' 1234567890123 '))),
    npwp: maybe(fc.oneof(digits(16), digits(15), fc.constant('01.234.567.8-901.000'), fc.constant('12-34'))),
    kbliCode: maybe(fc.oneof(digits(5), digits(4))),
    kbliVersion: maybe(fc.constantFrom(...kbliVersions, '2019')),
    cooperativeLegalNumber: maybe(
      fc.constantFrom('AHU-0001234.AH.01.26.TAHUN 2019', 'AHU-1', 'ahu-12345.ah.01.26.tahun 2020'),
    ),
  }),
});

const validRows: Record<string, unknown>[] = [
  {
    name: 'CV Sinar Abadi',
    category: 'business',
    size: 'small',
    sector: 'Kuliner',
    description: null,
    characteristics: null,
    needs: ['internship_places'],
    offers: undefined,
    scope: 'local',
    region: { provinceCode: '63', regencyCode: '63.03', districtCode: '63.03.05', villageCode: null },
    address: 'Jl. A. Yani No. 5',
    location: { lat: -3.3, lng: 114.6 },
    website: null,
    source: null,
    tags: ['kuliner'],
    identifiers: {
      nib: '1234567890123',
      npwp: null,
      kbliCode: null,
      kbliVersion: null,
      cooperativeLegalNumber: null,
    },
  },
  {
    name: 'Koperasi Tani Makmur',
    category: 'cooperative',
    size: null,
    sector: null,
    description: 'Mitra di Martapura.',
    characteristics: null,
    needs: undefined,
    offers: ['capital', 'market_access'],
    scope: undefined,
    region: { provinceCode: '63', regencyCode: '63.71', districtCode: null, villageCode: null },
    address: null,
    location: null,
    website: null,
    source: 'Pameran',
    tags: undefined,
    identifiers: {
      nib: null,
      npwp: '01.234.567.8-901.000',
      kbliCode: '47111',
      kbliVersion: '2020',
      cooperativeLegalNumber: null,
    },
  },
];

/** A valid row with up to three fields drawn at random: most runs are accepted, some are near misses. */
const candidate = fc
  .tuple(
    fc.constantFrom(...validRows),
    anyCandidate,
    fc.subarray(Object.keys(validRows[0]!), { maxLength: 3 }),
  )
  .map(([valid, wild, keys]) => {
    const row: Record<string, unknown> = { ...valid };
    for (const key of keys) row[key] = (wild as Record<string, unknown>)[key];
    return row;
  });

const contactCandidate = fc.record({
  name: fc.constantFrom('', 'B', 'Bapak Slamet', ' Ibu Rahmah ', 'x'.repeat(120), 'x'.repeat(121)),
  position: someText(120),
  phone: maybe(
    fc.oneof(
      fc.constantFrom(
        '0812-3456-7890',
        '+62 812 3456 7890',
        '6281234567890',
        '812345678',
        '0511 3254 123',
        '123',
        'abc',
      ),
      fc.stringMatching(/^0?8\d{7,12}$/),
      fc.string({ maxLength: 45 }),
    ),
  ),
  email: maybe(
    fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('Budi@Contoh.CO.ID ', 'budi@', 'a@b.c', "o'neil@contoh.id"),
      fc.string(),
    ),
  ),
  legalBasis: fc.constant('legitimate_interest' as const),
});

describe('the import rows quick validator against the create contracts', () => {
  it('accepts a partner only when the contract does, with the very same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(candidate, anyCandidate), (row) => {
        const quick = acceptImportPartner(row);
        if (quick === null) return;
        accepted += 1;
        const contract = createPartnerRequestSchema.safeParse(row);
        expect(contract.success).toBe(true);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(contract.data));
        expect(quick).toEqual(contract.data);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('accepts a contact only when the contract does, with the very same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(contactCandidate, (row) => {
        const quick = acceptImportContact(row);
        if (quick === null) return;
        accepted += 1;
        const contract = createContactRequestSchema.safeParse(row);
        expect(contract.success).toBe(true);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(contract.data));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('takes the common row itself, so the contract is left for the rows it refuses', () => {
    const row = validRows[0]!;
    expect(acceptImportPartner(row)).toEqual(createPartnerRequestSchema.parse(row));
    const contact = {
      name: 'Bapak Slamet',
      position: 'Pemilik',
      phone: '0812-3456-7890',
      email: 'Slamet@Contoh.id',
      legalBasis: 'legitimate_interest' as const,
    };
    expect(acceptImportContact(contact)).toEqual(createContactRequestSchema.parse(contact));
  });
});
