import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstCatalogProblems } from './first-catalog-check';

let dir: string;

function tree(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-catalog-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, 'main.tsx');
}

const check = (entry: string) =>
  firstCatalogProblems({
    entry,
    firstSections: new Set(['shell', 'partners']),
    forbiddenStatic: [path.join(dir, 'catalog/id.ts')],
  });

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('firstCatalogProblems', () => {
  it('passes a first page that uses only first sections and waits for the rest elsewhere', () => {
    const entry = tree({
      'main.tsx': `import { Shell } from './shell';\nconst page = withFullCatalog(() => import('./agreements'));`,
      'shell.tsx': `import type { Catalog } from './catalog/id';\nexport const Shell = (t: Catalog) => t.shell.title + t.partners.title;`,
      'agreements.tsx': `export const page = (t) => t.agreementsUi.title;`,
      'catalog/id.ts': `export const id = {};`,
    });
    expect(check(entry)).toEqual([]);
  });

  it('reports a rest section reached through static imports and unwrapped import()', () => {
    const entry = tree({
      'main.tsx': `import './shell';\nconst map = lazy(() => import('./map'));`,
      'shell.tsx': `// t.careUi in a comment is not a use\nexport const a = (t) => t.shell.x + t.dashboardUi.y;`,
      'map.tsx': `export const b = (t) => t.partnerMap.legend;`,
    });
    expect(check(entry)).toEqual([
      'shell.tsx (reached from the entry): t.dashboardUi is not in idFirst',
      'map.tsx (reached from main.tsx): t.partnerMap is not in idFirst',
    ]);
  });

  it('reports a catalog under another name and a static import of the whole catalog', () => {
    const entry = tree({
      'main.tsx': `import { id } from './catalog/id';\nexport function label(words: Catalog) { return words.shell; }`,
      'catalog/id.ts': `export const id: Catalog = {};`,
    });
    expect(check(entry)).toEqual([
      'main.tsx: a Catalog is called "words"; call it t',
      'catalog/id.ts is imported statically by what the first page runs',
    ]);
  });
});
