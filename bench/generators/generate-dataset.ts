import type { DatabaseTarget } from '../../src/server/config/config';
import type { Db } from '../../src/server/db/database';
import { hashPassword } from '../../src/server/platform/auth/password-hashing';
import { defaultDocumentNumberPattern } from '../../src/shared/domain/institution-kinds';
import { openPostgresWriter, openSqliteWriter, type BulkWriter, type Row } from './bulk-writer';
import { banjarGivenNames, javaneseGivenNames, placeWords } from './indonesian-words';
import { generatePartner, type InstitutionPlan } from './partner-generator';
import { appendPartnerRows, emptyPartnerRows } from './partner-rows';
import { benchSeed, Prng } from './prng';
import { loadRegionPool } from './region-pool';

export type DatasetSize = 'S' | 'M';

/** quality-bars.md, "Data sizes". Interactions and activities arrive with later issues. */
export const datasetSizes: Record<DatasetSize, { institutions: number; partners: number }> = {
  S: { institutions: 20, partners: 10_000 },
  M: { institutions: 100, partners: 100_000 },
};

/** Every generated user signs in with this passphrase. */
export const benchPassword = 'bench rajut panjang sekali';

export interface BenchInstitution {
  id: string;
  name: string;
  /** A manager (the first institution's: an admin) who signs in for the scenarios. */
  managerEmail: string;
  partnerCount: number;
}

export interface Dataset {
  size: DatasetSize;
  seed: number;
  institutions: BenchInstitution[];
  rowCounts: Record<string, number>;
  generationSeconds: number;
}

const startMs = Date.parse('2024-07-01T01:00:00.000Z');
const endMs = Date.parse('2026-10-31T09:00:00.000Z');
const partnersPerBatch = 5000;

/** Splits `total` over `count` institutions with a spread like a real district (tens to thousands). */
function partnerCounts(prng: Prng, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => Math.exp(0.6 * prng.gaussian()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % count, missing -= 1) counts[i]! += 1;
  return counts;
}

function userRow(
  prng: Prng,
  institutionId: string,
  fields: { email: string; name: string; role: string; passwordHash: string },
): Row {
  const at = new Date(startMs - prng.int(1, 90) * 86_400_000).toISOString();
  return {
    id: prng.uuidV7(Date.parse(at)),
    institution_id: institutionId,
    email: fields.email,
    name: fields.name,
    role: fields.role,
    locale: 'id',
    password_hash: fields.passwordHash,
    disabled_at: null,
    last_login_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}

/**
 * Fills an empty, migrated database whose regions are seeded with `size`'s institutions, users and
 * partners (contacts, tags, needs and offers, search text). Deterministic from `benchSeed`.
 */
export async function generateDataset(
  db: Db,
  target: DatabaseTarget,
  size: DatasetSize,
  log: (message: string) => void,
): Promise<Dataset> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const prng = new Prng(benchSeed);
  const pool = await loadRegionPool(db);
  const plan = datasetSizes[size];
  const passwordHash = await hashPassword(benchPassword);
  const writer: BulkWriter =
    target.dialect === 'postgres'
      ? await openPostgresWriter(target.connectionString)
      : openSqliteWriter(target.filename);
  const rowCounts: Record<string, number> = {};
  const count = (batch: Record<string, Row[]>) => {
    for (const [table, rows] of Object.entries(batch))
      rowCounts[table] = (rowCounts[table] ?? 0) + rows.length;
  };
  try {
    const counts = partnerCounts(prng, plan.institutions, plan.partners);
    const institutions: (BenchInstitution & InstitutionPlan)[] = [];
    const institutionRows: Row[] = [];
    const userRows: Row[] = [];
    for (let i = 0; i < plan.institutions; i += 1) {
      const regency = pool.pickHome(prng);
      const kind = prng.chance(0.8) ? 'LKP' : 'LPK';
      const name = `${kind} ${prng.pick(placeWords)} ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`;
      const at = new Date(startMs - prng.int(120, 400) * 86_400_000).toISOString();
      const id = prng.uuidV7(Date.parse(at));
      institutionRows.push({
        id,
        name,
        kind,
        npsn: kind === 'LKP' ? `K${prng.digits(7)}` : null,
        address: null,
        region_code: regency.districts.length > 0 ? prng.pick(regency.districts).code : regency.code,
        time_zone: 'WITA',
        operating_licence_number: null,
        operating_licence_issued_on: null,
        accreditation_body: null,
        accreditation_grade: null,
        accreditation_decree_number: null,
        accreditation_expires_on: null,
        unit_code: null,
        document_number_pattern: defaultDocumentNumberPattern,
        document_locale: 'id',
        logo_file_id: null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      const person = () => prng.pick(prng.chance(0.7) ? banjarGivenNames : javaneseGivenNames)[0];
      const managerEmail = `pengelola${i + 1}@lkp-bench.contoh.id`;
      userRows.push(
        userRow(prng, id, {
          email: managerEmail,
          name: person(),
          role: i === 0 ? 'admin' : 'manager',
          passwordHash,
        }),
      );
      const facilitatorIds: string[] = [];
      const facilitatorCount = prng.int(2, 5);
      for (let j = 0; j < facilitatorCount; j += 1) {
        const row = userRow(prng, id, {
          email: `fasilitator${j + 1}.${i + 1}@lkp-bench.contoh.id`,
          name: person(),
          role: 'facilitator',
          passwordHash,
        });
        facilitatorIds.push(row.id as string);
        userRows.push(row);
      }
      userRows.push(
        userRow(prng, id, {
          email: `staf${i + 1}@lkp-bench.contoh.id`,
          name: person(),
          role: 'viewer',
          passwordHash,
        }),
      );
      institutions.push({ id, name, managerEmail, partnerCount: counts[i]!, regency, facilitatorIds });
    }
    const people = { institutions: institutionRows, users: userRows };
    await writer.write(people);
    count(people);
    log(`  ${institutions.length} institutions, ${userRows.length} users (${elapsed()})`);

    let batch = emptyPartnerRows();
    let written = 0;
    // One batch is written while the next is generated (PostgreSQL works in its own process).
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const tables = batch as unknown as Record<string, Row[]>;
      batch = emptyPartnerRows();
      await writing;
      writing = writer.write(tables).then(() => {
        count(tables);
        written += tables.partners!.length;
        log(
          `  partners ${written.toLocaleString('en')}/${plan.partners.toLocaleString('en')} (${elapsed()})`,
        );
      });
    };
    for (const institution of institutions) {
      for (let j = 0; j < institution.partnerCount; j += 1) {
        const createdMs = Math.floor(
          startMs + ((endMs - startMs) * (j + prng.next())) / institution.partnerCount,
        );
        const updatedMs = prng.chance(0.3)
          ? Math.min(endMs, createdMs + prng.int(1, 90) * 86_400_000)
          : createdMs;
        const generated = generatePartner(
          prng,
          institution,
          pool,
          new Date(createdMs).toISOString().slice(0, 10),
        );
        appendPartnerRows(batch, prng, institution.id, generated, createdMs, updatedMs);
        if (batch.partners.length >= partnersPerBatch) await flush();
      }
    }
    if (batch.partners.length > 0) await flush();
    await writing;
    log(`  updating planner statistics (${elapsed()})`);
    await writer.finish();
    return {
      size,
      seed: benchSeed,
      institutions: institutions.map(({ id, name, managerEmail, partnerCount }) => ({
        id,
        name,
        managerEmail,
        partnerCount,
      })),
      rowCounts,
      generationSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await writer.close();
  }
}
