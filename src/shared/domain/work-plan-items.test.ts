import { describe, expect, it } from 'vitest';
import {
  rightsAndObligationsOf,
  workPlanItemSchema,
  workPlanItemsSchema,
  workPlanTotals,
  type WorkPlanItemInput,
} from './work-plan-items';

const training: WorkPlanItemInput = {
  activity: 'Pelatihan merajut tas',
  objective: 'Meningkatkan keterampilan merajut peserta didik PKW.',
  responsibleParty: 'institution',
  responsiblePerson: 'Siti Aminah',
  startsOn: '2027-02-01',
  endsOn: '2027-04-30',
  budgetRupiah: 15_000_000,
  contributions: { institution: 5_000_000, partner: 10_000_000 },
  target: { quantity: 20, unit: 'orang', description: 'peserta didik terlatih' },
  aspirations: { institution: null, partner: 'Tenaga perajin yang siap bekerja' },
};

const marketing: WorkPlanItemInput = {
  activity: 'Pemasaran tas rajut di gerai mitra',
  objective: 'memasarkan produk lulusan',
  responsibleParty: 'partner',
  startsOn: '2027-05-01',
  endsOn: '2027-05-01',
  budgetRupiah: 0,
  contributions: { institution: 0, partner: 0 },
  target: { quantity: 2.5, unit: 'juta', description: 'rupiah omzet bulanan' },
};

const exhibition: WorkPlanItemInput = {
  activity: 'Pameran produk',
  objective: 'Memperkenalkan produk kepada pembeli',
  responsibleParty: 'both',
  startsOn: '2027-06-10',
  endsOn: '2027-06-12',
  budgetRupiah: 4_000_000,
  contributions: { institution: 1_500_000, partner: 2_000_000 },
  target: { quantity: 300, unit: 'orang', description: 'pengunjung' },
  aspirations: { institution: 'Lulusan dikenal pembeli', partner: null },
};

function issuesOf(value: unknown) {
  const result = workPlanItemSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('work plan item', () => {
  it('accepts a full item and one without aspirations or a named person', () => {
    expect(issuesOf(training)).toEqual([]);
    const parsed = workPlanItemSchema.parse(marketing);
    expect(parsed.aspirations).toEqual({ institution: null, partner: null });
    expect(parsed.responsiblePerson ?? null).toBeNull();
  });

  it('accepts a one-day item and refuses an end before the start', () => {
    expect(issuesOf({ ...training, endsOn: '2027-02-01' })).toEqual([]);
    expect(issuesOf({ ...training, endsOn: '2027-01-31' })).toEqual([
      { path: ['endsOn'], message: 'PERIOD_END_BEFORE_START' },
    ]);
  });

  it('lets contributions fall short of the budget but never exceed it', () => {
    expect(issuesOf({ ...training, contributions: { institution: 5_000_000, partner: 9_000_000 } })).toEqual(
      [],
    );
    expect(issuesOf({ ...training, contributions: { institution: 5_000_001, partner: 10_000_000 } })).toEqual(
      [{ path: ['contributions'], message: 'CONTRIBUTIONS_EXCEED_BUDGET' }],
    );
  });

  it('refuses bad fields: an unknown party, impossible date, fractional rupiah, empty target, extra keys', () => {
    expect(issuesOf({ ...training, responsibleParty: 'government' })[0]?.path).toEqual(['responsibleParty']);
    expect(issuesOf({ ...training, startsOn: '2027-02-30' })[0]?.path).toEqual(['startsOn']);
    expect(issuesOf({ ...training, budgetRupiah: 1_000.5 })[0]?.path).toEqual(['budgetRupiah']);
    expect(issuesOf({ ...training, budgetRupiah: -1 })[0]?.path).toEqual(['budgetRupiah']);
    expect(
      issuesOf({ ...training, target: { quantity: 0, unit: 'orang', description: 'lulusan' } })[0]?.path,
    ).toEqual(['target', 'quantity']);
    expect(issuesOf({ ...training, colour: 'red' })).not.toEqual([]);
    expect(workPlanItemsSchema.safeParse([]).success).toBe(false);
  });

  it('adds up budget and contributions', () => {
    const items = workPlanItemsSchema.parse([training, marketing, exhibition]);
    expect(workPlanTotals(items)).toEqual({
      budgetRupiah: 19_000_000,
      contributions: { institution: 6_500_000, partner: 12_000_000 },
    });
  });
});

describe('rights and obligations from the work plan', () => {
  const items = workPlanItemsSchema.parse([training, marketing, exhibition]);
  const duties = rightsAndObligationsOf(items);

  it('makes the responsible party carry out the activity, with period, target and person', () => {
    expect(duties.institution.obligations[0]).toBe(
      'Melaksanakan kegiatan Pelatihan merajut tas (penanggung jawab: Siti Aminah) dengan tujuan ' +
        'meningkatkan keterampilan merajut peserta didik PKW, mulai tanggal 1 Februari 2027 sampai dengan ' +
        'tanggal 30 April 2027, dengan target 20 orang peserta didik terlatih.',
    );
    expect(duties.partner.obligations).toContain(
      'Melaksanakan kegiatan Pemasaran tas rajut di gerai mitra dengan tujuan memasarkan produk lulusan, ' +
        'pada tanggal 1 Mei 2027, dengan target 2,5 juta rupiah omzet bulanan.',
    );
  });

  it('gives the other party the report, and the executor the other party’s funds', () => {
    expect(duties.partner.rights).toContain(
      'Menerima laporan pelaksanaan dan hasil kegiatan Pelatihan merajut tas dari PIHAK PERTAMA.',
    );
    expect(duties.institution.rights).toContain(
      'Menerima laporan pelaksanaan dan hasil kegiatan Pemasaran tas rajut di gerai mitra dari PIHAK KEDUA.',
    );
    expect(duties.partner.obligations).toContain(
      'Menyediakan biaya sebesar Rp10.000.000,00 (sepuluh juta rupiah) untuk kegiatan Pelatihan merajut tas.',
    );
    expect(duties.institution.rights).toContain(
      'Menerima dukungan biaya dari PIHAK KEDUA sebesar Rp10.000.000,00 (sepuluh juta rupiah) untuk kegiatan ' +
        'Pelatihan merajut tas.',
    );
    expect(duties.partner.rights.some((line) => line.startsWith('Menerima dukungan biaya'))).toBe(false);
  });

  it('makes joint activities an obligation of both, each naming the other', () => {
    expect(duties.institution.obligations).toContain(
      'Bersama PIHAK KEDUA melaksanakan kegiatan Pameran produk dengan tujuan memperkenalkan produk kepada ' +
        'pembeli, mulai tanggal 10 Juni 2027 sampai dengan tanggal 12 Juni 2027, dengan target 300 orang pengunjung.',
    );
    expect(
      duties.partner.obligations.some((line) => line.startsWith('Bersama PIHAK PERTAMA melaksanakan')),
    ).toBe(true);
    expect(duties.institution.obligations).toContain(
      'Menyediakan biaya sebesar Rp1.500.000,00 (satu juta lima ratus ribu rupiah) untuk kegiatan Pameran produk.',
    );
  });

  it('turns each party’s aspirations into its rights', () => {
    expect(duties.partner.rights).toContain(
      'Memperoleh manfaat dari kegiatan Pelatihan merajut tas, yaitu tenaga perajin yang siap bekerja.',
    );
    expect(duties.institution.rights).toContain(
      'Memperoleh manfaat dari kegiatan Pameran produk, yaitu lulusan dikenal pembeli.',
    );
  });

  it('names the parties as the agreement does and says a repeated line once', () => {
    const twice = rightsAndObligationsOf([items[1]!, items[1]!], {
      institution: 'LKP Mutiara',
      partner: 'Koperasi',
    });
    expect(twice.institution.rights).toEqual([
      'Menerima laporan pelaksanaan dan hasil kegiatan Pemasaran tas rajut di gerai mitra dari Koperasi.',
    ]);
    expect(twice.partner.obligations).toHaveLength(1);
    expect(twice.institution.obligations).toEqual([]);
  });
});
