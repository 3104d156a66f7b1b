/**
 * The written conventions of ARCHITECTURE.md, checked (`npm run lint` runs this after ESLint):
 * file size, file names, module entries, data access only in repositories, tenant columns, and the
 * words the first page is drawn with (first-catalog-check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/server/db/database';
import { isFtsShadowTable } from '../src/server/db/fts-shadow-tables';
import { migrateToLatest } from '../src/server/db/migrate';
import { serverLevelTables } from '../src/server/db/schema';
import { idFirst } from '../src/shared/i18n/id-first';
import { firstCatalogProblems } from './first-catalog-check';

const root = path.resolve(import.meta.dirname, '..');
const problems: string[] = [];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const sourceFiles = walk(path.join(root, 'src')).filter((file) => /\.(ts|tsx)$/.test(file));
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\.(ts|tsx)$/;
const migrationName = /^\d{4}_[a-z]+(_[a-z0-9]+)*\.ts$/;

for (const file of sourceFiles) {
  const relative = path.relative(root, file);
  const name = path.basename(file);
  const lines = fs.readFileSync(file, 'utf8').split('\n').length;
  if (lines > 500) problems.push(`${relative}: ${lines} lines; 500 is the hard stop (rule 4)`);
  const isMigration = path.dirname(relative) === path.join('src', 'server', 'db', 'migrations');
  if (isMigration ? !migrationName.test(name) : !kebab.test(name)) {
    problems.push(`${relative}: file names are kebab-case (migrations NNNN_verb_object.ts)`);
  }
}

const modulesDir = path.join(root, 'src', 'server', 'modules');
const importPattern = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g;
for (const file of sourceFiles.filter((f) => f.startsWith(modulesDir))) {
  const relative = path.relative(root, file);
  const ownModule = path.relative(modulesDir, file).split(path.sep)[0]!;
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1]!;
    if (!specifier.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), specifier);
    if (!target.startsWith(modulesDir)) continue;
    const [targetModule, ...rest] = path.relative(modulesDir, target).split(path.sep);
    if (targetModule !== ownModule && rest.join('/') !== 'index') {
      problems.push(`${relative}: reaches into module "${targetModule}" past its index.ts (rule 2)`);
    }
  }
  const isRepository = file.endsWith('.repository.ts');
  const isTest = file.endsWith('.test.ts');
  if (!isRepository && !isTest && /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/.test(text)) {
    problems.push(`${relative}: queries belong in a *.repository.ts (rule 3)`);
  }
  if (isRepository && /writeAudit|recordAuditEvent|AppError/.test(text)) {
    problems.push(`${relative}: repositories only query; decisions and audit belong to use cases (rule 3)`);
  }
}

const i18nDir = path.join(root, 'src', 'shared', 'i18n');
problems.push(
  ...firstCatalogProblems({
    entry: path.join(root, 'src', 'web', 'main.tsx'),
    firstSections: new Set(Object.keys(idFirst)),
    forbiddenStatic: [
      path.join(i18nDir, 'id.ts'),
      path.join(i18nDir, 'id-rest.ts'),
      path.join(i18nDir, 'en.ts'),
    ],
  }),
);

const handle = openDatabase({ dialect: 'sqlite', filename: ':memory:' });
await migrateToLatest(handle.db);
const tables = await handle.db.introspection.getTables();
for (const table of tables.filter((t) => !t.name.startsWith('kysely_') && !isFtsShadowTable(t.name))) {
  const hasTenant = table.columns.some((column) => column.name === 'institution_id');
  const exempt = table.name in serverLevelTables;
  if (!hasTenant && !exempt) {
    problems.push(
      `table ${table.name}: tenant tables need institution_id (or a reason in serverLevelTables)`,
    );
  }
}
await handle.close();

if (problems.length > 0) {
  console.error(`Convention check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`conventions ok (${sourceFiles.length} source files, ${tables.length} tables)`);
