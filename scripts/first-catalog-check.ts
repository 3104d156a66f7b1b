/**
 * The first page must not wait for the whole Indonesian catalog (quality bar S11): the shell, the
 * sign-in page and the partner list are drawn with `idFirst`, and every other page waits for `idRest`
 * (`withFullCatalog` in src/web/lib/i18n.tsx). This walks what can run before the rest has arrived
 * (the entry's static imports, and every `import()` not written as `withFullCatalog(() => import(…))`)
 * and reports each catalog section used there that `idFirst` lacks.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FirstCatalogCheck {
  /** The web entry (src/web/main.tsx). */
  entry: string;
  /** The sections of `idFirst`. */
  firstSections: ReadonlySet<string>;
  /** Files the first page must not import statically (the whole catalog, its rest). */
  forbiddenStatic: readonly string[];
}

const staticImport = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const dynamicImport = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const wrappedImport = /withFullCatalog\(\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/g;
// The catalog is always called `t` (a parameter typed Catalog under another name is reported).
const sectionUse = /(?<![\w$.])t\.([A-Za-z_$][\w$]*)/g;
const catalogParameter = /(?<![\w$.]|(?:const|let|var)\s+)([A-Za-z_$][\w$]*)\??:\s*Catalog\b/g;

function resolveImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier.split('?')[0]!);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((file) => /\.tsx?$/.test(file) && fs.existsSync(file)) ?? null;
}

const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

export function firstCatalogProblems(check: FirstCatalogCheck): string[] {
  const problems: string[] = [];
  const root = path.dirname(check.entry);
  const seen = new Set<string>();
  const queue: { file: string; via: string }[] = [{ file: check.entry, via: 'the entry' }];
  const staticallyImported = new Set<string>();
  while (queue.length > 0) {
    const { file, via } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = withoutComments(fs.readFileSync(file, 'utf8'));
    const name = path.relative(root, file);
    for (const match of text.matchAll(sectionUse)) {
      if (!check.firstSections.has(match[1]!))
        problems.push(`${name} (reached from ${via}): t.${match[1]} is not in idFirst`);
    }
    for (const match of text.matchAll(catalogParameter)) {
      if (match[1] !== 't') problems.push(`${name}: a Catalog is called "${match[1]}"; call it t`);
    }
    const wrapped = new Set([...text.matchAll(wrappedImport)].map((match) => match[1]!));
    for (const match of text.matchAll(staticImport)) {
      if (match[2]) continue;
      const target = resolveImport(file, match[3]!);
      if (!target) continue;
      staticallyImported.add(target);
      queue.push({ file: target, via: file === check.entry ? 'the entry' : via });
    }
    for (const match of text.matchAll(dynamicImport)) {
      if (wrapped.has(match[1]!)) continue;
      const target = resolveImport(file, match[1]!);
      if (target) queue.push({ file: target, via: name });
    }
  }
  for (const forbidden of check.forbiddenStatic) {
    if (staticallyImported.has(forbidden))
      problems.push(`${path.relative(root, forbidden)} is imported statically by what the first page runs`);
  }
  return problems;
}
