import type { DatabaseTarget } from '../../src/server/config/config';
import type { Db } from '../../src/server/db/database';
import { refreshInstitutionRollup } from '../../src/server/modules/reports/index';
import { hashPassword } from '../../src/server/platform/auth/password-hashing';
import { systemClock } from '../../src/server/platform/clock';
import { openPostgresWriter, openSqliteWriter, type BulkWriter, type Row } from './bulk-writer';
import { appendEngagement } from './engagement-generator';
import { emptyEngagementRows, type EngagementInstitution, type EngagementRates } from './engagement-rows';
import { skills } from './engagement-words';
import { banjarGivenNames, javaneseGivenNames, placeWords } from './indonesian-words';
import { institutionRow } from './institution-row';
import { generatePartner, type InstitutionPlan } from './partner-generator';
import { appendPartnerRows, emptyPartnerRows } from './partner-rows';
import { benchSeed, Prng } from './prng';
import { loadRegionPool } from './region-pool';
import { supervisorRows } from './supervisor-rows';

export type DatasetSize = 'XS' | 'S' | 'M' | 'L';

/**
 * quality-bars.md, "Data sizes": `engagement` is interactions + activities, about half each. L is
 * M's institutions with the largest holding 1,000,000 partners and the others a tenth of M's.
 */
export const datasetSizes: Record<
  DatasetSize,
  { institutions: number; partners: number; engagement: number }
> = {
  // Not a quality-bars size: the CI smoke's (tests/integration/bench-smoke.test.ts), seconds to generate.
  XS: { institutions: 3, partners: 600, engagement: 6_000 },
  S: { institutions: 20, partners: 10_000, engagement: 100_000 },
  M: { institutions: 100, partners: 100_000, engagement: 1_000_000 },
  L: { institutions: 100, partners: 1_000_000, engagement: 1_000_000 },
};

/**
 * Activities per partner picked for a running partnership, measured: plans of its cycle years,
 * sessions per item, less the partners mapped too late to run one (after July 2026).
 */
const activitiesPerRunningPartnership = 38;
/** Contacts logged for pipeline partnerships beside each partner's own log (the analysis visits). */
const pipelineInteractionsPerPartner = 0.05;

/** Every generated user signs in with this passphrase. */
export const benchPassword = 'bench rajut panjang sekali';

export interface BenchInstitution {
  id: string;
  name: string;
  /** A manager (the first institution's: an admin) who signs in for the scenarios. */
  managerEmail: string;
  partnerCount: number;
  /** Its facilitators (2–5), who log most contacts; same passphrase. */
  facilitatorEmails: string[];
  /** Up to five running partnerships with a plan and activities. */
  partnershipIds: string[];
}

export interface Dataset {
  size: DatasetSize;
  seed: number;
  institutions: BenchInstitution[];
  rowCounts: Record<string, number>;
  generationSeconds: number;
  /** Index in `institutions` of the one with the most partners (L: the 1,000,000). */
  largestInstitutionIndex: number;
  /** A penilik (role supervisor) in the province's education office, which holds no partners. */
  supervisorEmail: string;
  /** The province code the supervisor supervises; every institution lies within it. */
  supervisedRegionCode: string;
  /** Time to refresh every institution's dashboard roll-up after the load (part of generationSeconds). */
  rollupSeconds: number;
}

const startMs = Date.parse('2024-07-01T01:00:00.000Z');
const endMs = Date.parse('2026-10-31T09:00:00.000Z');
const partnersPerBatch = 5000;

/** Splits `total` over `count` institutions with a spread like a real district (tens to thousands). */
function spreadCounts(prng: Prng, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => Math.exp(0.6 * prng.gaussian()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % count, missing -= 1) counts[i]! += 1;
  return counts;
}

/** M's spread for S and M; L keeps M's draws, gives its largest 1,000,000 and the rest a tenth. */
function partnerCounts(prng: Prng, size: DatasetSize): number[] {
  const plan = datasetSizes[size];
  if (size !== 'L') return spreadCounts(prng, plan.institutions, plan.partners);
  const counts = spreadCounts(prng, plan.institutions, datasetSizes.M.partners);
  const largest = counts.indexOf(Math.max(...counts));
  return counts.map((n, i) => (i === largest ? plan.partners : Math.max(10, Math.round(n / 10))));
}

/** Per-partner means that reach the size's interactions + activities, half each. */
function engagementRates(size: DatasetSize, totalPartners: number): EngagementRates {
  const half = datasetSizes[size].engagement / 2;
  const runningShare = half / totalPartners / activitiesPerRunningPartnership;
  return {
    interactionsPerPartner: half / totalPartners - pipelineInteractionsPerPartner,
    runningShare,
    pipelineShare: runningShare,
  };
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
 * partners (contacts, tags, needs and offers, search text), their partnerships, plans, activities
 * and contact log, and a supervisor; then refreshes every dashboard roll-up. Deterministic from
 * `benchSeed` (engagement from its own stream, so the partners are those of a run without it).
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
  const engagementPrng = new Prng(benchSeed + 1);
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
    const counts = partnerCounts(prng, size);
    const totalPartners = counts.reduce((a, b) => a + b, 0);
    const rates = engagementRates(size, totalPartners);
    const institutions: (BenchInstitution & InstitutionPlan & { engagement: EngagementInstitution })[] = [];
    const institutionRows: Row[] = [];
    const userRows: Row[] = [];
    for (let i = 0; i < plan.institutions; i += 1) {
      const regency = pool.pickHome(prng);
      const kind = prng.chance(0.8) ? 'LKP' : 'LPK';
      const name = `${kind} ${prng.pick(placeWords)} ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`;
      const at = new Date(startMs - prng.int(120, 400) * 86_400_000).toISOString();
      const id = prng.uuidV7(Date.parse(at));
      institutionRows.push(
        institutionRow({
          id,
          name,
          kind,
          npsn: kind === 'LKP' ? `K${prng.digits(7)}` : null,
          regionCode: regency.districts.length > 0 ? prng.pick(regency.districts).code : regency.code,
          at,
        }),
      );
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
      const facilitatorEmails: string[] = [];
      const facilitatorCount = prng.int(2, 5);
      for (let j = 0; j < facilitatorCount; j += 1) {
        facilitatorEmails.push(`fasilitator${j + 1}.${i + 1}@lkp-bench.contoh.id`);
        const row = userRow(prng, id, {
          email: facilitatorEmails[j]!,
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
      const engagement: EngagementInstitution = {
        id,
        facilitatorIds,
        skills: engagementPrng.some(skills, engagementPrng.int(2, 3)),
        recent: [],
        partnershipIds: [],
      };
      institutions.push({
        id,
        name,
        managerEmail,
        partnerCount: counts[i]!,
        facilitatorEmails,
        partnershipIds: engagement.partnershipIds,
        regency,
        facilitatorIds,
        engagement,
      });
    }
    const supervisor = supervisorRows(prng, pool.home[0]!.provinceCode, passwordHash);
    institutionRows.push(supervisor.institution);
    userRows.push(supervisor.user);
    const people = {
      institutions: institutionRows,
      users: userRows,
      supervised_regions: [supervisor.region],
    };
    await writer.write(people);
    count(people);
    log(`  ${institutions.length} institutions, ${userRows.length} users (${elapsed()})`);

    let batch = emptyPartnerRows();
    let engagement = emptyEngagementRows();
    let written = 0;
    // One batch is written while the next is generated (PostgreSQL works in its own process).
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const tables = { ...batch, ...engagement } as unknown as Record<string, Row[]>;
      batch = emptyPartnerRows();
      engagement = emptyEngagementRows();
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
        const partner = appendPartnerRows(batch, prng, institution.id, generated, createdMs, updatedMs);
        appendEngagement(engagement, engagementPrng, institution.engagement, partner, rates);
        if (batch.partners.length >= partnersPerBatch) await flush();
      }
    }
    if (batch.partners.length > 0) await flush();
    await writing;
    log(`  updating planner statistics (${elapsed()})`);
    await writer.finish();
    const rollupStarted = performance.now();
    const rollupDeps = { db, clock: systemClock };
    for (const institution of institutions) await refreshInstitutionRollup(rollupDeps, institution.id);
    const rollupSeconds = Math.round((performance.now() - rollupStarted) / 100) / 10;
    log(`  dashboard roll-ups refreshed in ${rollupSeconds} s (${elapsed()})`);
    return {
      size,
      seed: benchSeed,
      institutions: institutions.map(
        ({ id, name, managerEmail, partnerCount, facilitatorEmails, partnershipIds }) => ({
          id,
          name,
          managerEmail,
          partnerCount,
          facilitatorEmails,
          partnershipIds,
        }),
      ),
      rowCounts,
      generationSeconds: Math.round((performance.now() - started) / 100) / 10,
      largestInstitutionIndex: counts.indexOf(Math.max(...counts)),
      supervisorEmail: supervisor.email,
      supervisedRegionCode: supervisor.region.region_code,
      rollupSeconds,
    };
  } finally {
    await writer.close();
  }
}
