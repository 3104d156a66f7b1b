import { boot } from '../boot';
import { ConfigError, loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain';
import { createDemoInstitution, createInstitutionWithAdmin } from '../modules/institutions/index';
import { compactAfterErasure } from '../modules/partners/index';
import {
  institutionKinds,
  timeZones,
  type InstitutionKind,
  type TimeZoneCode,
} from '../../shared/domain/institution-kinds';
import { backupDatabase } from './backup-database';
import { checkDatabase } from './check-database';
import { fillDemoDistrict } from './fill-demo-district';
import { fillDemoInstitution } from './fill-demo-institution';
import { parseArgs, requireOption, UsageError } from './parse-args';
import { restoreDatabase } from './restore-database';

const usage = `Usage: npm run jalin -- <command>
  migrate                         create or update the database schema
  create-admin --email E --password P --institution "Nama" [--kind LKP|LPK|other] [--time-zone WIB|WITA|WIT]
  backup <file>                   online, consistent backup (SQLite: VACUUM INTO; PostgreSQL: pg_dump)
  restore <file>                  restore into an empty database, then check it
  check                           integrity check, row counts and audit chain
  audit-verify                    prints "ok" or the first tampered audit row (exit 1)
  compact-after-erasure           PostgreSQL: VACUUM FULL the tables an erasure changed, so no dead copy of the person stays on disk
  demo                            the demo institution "LKP Tas Rajut Banjarbaru" with two users, its district and a supervisor`;

/** Commands other than `migrate` do not wait for the villages: the server or `migrate` loads them. */
const toolBoot = { regions: 'without-villages' } as const;

async function run(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const [command, argument] = positional;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const { handle, appliedMigrations } = await boot(config, { regions: 'full' });
      console.log(appliedMigrations.length ? `applied: ${appliedMigrations.join(', ')}` : 'up to date');
      await handle.close();
      return 0;
    }
    case 'create-admin': {
      const kind = (options.get('kind') ?? 'LKP') as InstitutionKind;
      const timeZone = (options.get('time-zone') ?? 'WIB') as TimeZoneCode;
      if (!institutionKinds.includes(kind))
        throw new UsageError(`--kind must be one of ${institutionKinds.join(', ')}`);
      if (!timeZones.includes(timeZone))
        throw new UsageError(`--time-zone must be one of ${timeZones.join(', ')}`);
      const { deps, handle } = await boot(config, toolBoot);
      try {
        const email = requireOption(options, 'email').trim().toLowerCase();
        const result = await createInstitutionWithAdmin(
          deps,
          {
            email,
            password: requireOption(options, 'password'),
            institutionName: requireOption(options, 'institution'),
            institutionKind: kind,
            timeZone,
            managerName:
              typeof options.get('name') === 'string' ? String(options.get('name')) : email.split('@')[0]!,
          },
          { requestId: null, setupToken: null },
        );
        console.log(`created institution ${result.institutionId} with administrator ${email}`);
      } finally {
        await handle.close();
      }
      return 0;
    }
    case 'backup': {
      if (!argument) throw new UsageError('backup needs a target file');
      const { handle } = await boot(config, toolBoot);
      try {
        const { files } = backupDatabase(config, handle, argument);
        console.log(`backup written to ${argument} (${files} stored files copied beside it)`);
      } finally {
        await handle.close();
      }
      return 0;
    }
    case 'restore': {
      if (!argument) throw new UsageError('restore needs a backup file');
      await restoreDatabase(config, argument);
      const handle = openDatabase(config.database);
      try {
        await migrateToLatest(handle.db);
        const check = await checkDatabase(handle);
        console.log(JSON.stringify(check, null, 2));
        return check.integrity === 'ok' && check.auditChain.ok ? 0 : 1;
      } finally {
        await handle.close();
      }
    }
    case 'check': {
      const { handle } = await boot(config, toolBoot);
      try {
        const check = await checkDatabase(handle);
        console.log(JSON.stringify(check, null, 2));
        return check.integrity === 'ok' && check.auditChain.ok ? 0 : 1;
      } finally {
        await handle.close();
      }
    }
    case 'audit-verify': {
      const { handle } = await boot(config, toolBoot);
      try {
        const verdict = await verifyAuditChain(handle.db);
        if (verdict.ok) {
          console.log('ok');
          return 0;
        }
        console.log(`tampered: sequence ${verdict.sequence} (id ${verdict.id}): ${verdict.reason}`);
        return 1;
      } finally {
        await handle.close();
      }
    }
    case 'compact-after-erasure': {
      const { handle } = await boot(config, toolBoot);
      try {
        const compacted = await compactAfterErasure(handle);
        console.log(
          compacted.length
            ? `compacted: ${compacted.join(', ')}`
            : 'SQLite zeroes erased rows at once (secure_delete): nothing to compact',
        );
      } finally {
        await handle.close();
      }
      return 0;
    }
    case 'demo': {
      const { deps, handle } = await boot(config, toolBoot);
      try {
        const result = await createDemoInstitution(deps);
        console.log(
          result.created
            ? 'Lembaga demo dibuat: LKP Tas Rajut Banjarbaru'
            : 'Lembaga demo sudah ada; kata sandi diganti:',
        );
        if (result.created) await fillDemoInstitution(deps, result.users);
        const supervisor = await fillDemoDistrict(deps, result.institutionId);
        for (const user of [...result.users, supervisor])
          console.log(`  ${user.role.padEnd(12)} ${user.email}  ${user.password}`);
      } finally {
        await handle.close();
      }
      return 0;
    }
    default:
      console.log(usage);
      return command ? 2 : 0;
  }
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
    else if (error instanceof ConfigError) console.error(error.message);
    else console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
