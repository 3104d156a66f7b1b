import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csv, handMadeXlsx, type Cell } from '../../../../../tests/factories/spreadsheets';
import { runTsScript } from '../../../../../tests/setup/run-cli';
import { zipLimits } from './zip-archive';

const reader = fileURLToPath(
  new URL('../../../../../tests/setup/open-spreadsheet-process.ts', import.meta.url),
);

/**
 * What reading one file may add to the process's resident memory. Every hostile file below inflates
 * to at least 600 MiB, so a reader that held any of it whole would pass this many times over.
 */
const memoryBoundBytes = 96 * 1024 * 1024;
const inflatedBytes = 640 * 1024 * 1024;

interface ReadOutcome {
  outcome: string;
  rows: number;
  baselineRssBytes: number;
  peakRssBytes: number;
}

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-bounded-memory-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Reads the file in a fresh process, as the import job would, and reports its outcome and memory. */
async function readInChild(name: string, bytes: Buffer): Promise<ReadOutcome> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const result = await runTsScript(reader, [file]);
  if (result.status !== 0) throw new Error(`reader exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReadOutcome;
}

function expectBounded(result: ReadOutcome): void {
  const added = result.peakRssBytes - result.baselineRssBytes;
  expect(added, `peak ${result.peakRssBytes} over baseline ${result.baselineRssBytes}`).toBeLessThan(
    memoryBoundBytes,
  );
}

const header: Cell[] = ['Nama Mitra', 'Kab/Kota', 'Telepon'];
const spaces = (bytes: number) => Buffer.alloc(bytes, 0x20);

it('refuses a zip bomb that declares its size before inflating it', async () => {
  const bomb = handMadeXlsx([header], {
    extra: [{ name: 'xl/media/isi.xml', content: spaces(inflatedBytes) }],
  });
  expect(bomb.length).toBeLessThan(2 * 1024 * 1024);

  const result = await readInChild('bom-jujur.xlsx', bomb);

  expect(result.outcome).toBe('IMPORT_ZIP_BOMB');
  expectBounded(result);
});

it('stops a worksheet whose header lies about its size as soon as it outgrows the lie', async () => {
  const sheetStart = '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1">';
  const lying = handMadeXlsx([header], {
    sheet: { content: Buffer.concat([Buffer.from(sheetStart), spaces(inflatedBytes)]), declaredSize: 4096 },
  });

  const result = await readInChild('bom-bohong.xlsx', lying);

  expect(result.outcome).toBe('IMPORT_ZIP_BOMB');
  expectBounded(result);
});

it('refuses parts that are each small enough but add up to a bomb', async () => {
  const partBytes = zipLimits.ratioAppliesAboveBytes - 1024;
  const parts = Math.ceil(zipLimits.maxTotalInflatedBytes / partBytes) + 1;
  const padding = spaces(partBytes);
  const manyParts = handMadeXlsx([header], {
    extra: Array.from({ length: parts }, (_, i) => ({ name: `xl/media/bagian-${i}.xml`, content: padding })),
  });

  const result = await readInChild('bom-banyak-bagian.xlsx', manyParts);

  expect(result.outcome).toBe('IMPORT_ZIP_BOMB');
  expectBounded(result);
});

it('refuses a billion-laughs entity declaration without expanding it', async () => {
  const levels = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
  ).join('');
  const laughs = handMadeXlsx([header, ['&lol9;', 'Kota Banjarbaru', '0811']], {
    sheetProlog: `<!DOCTYPE worksheet [<!ENTITY lol0 "lol">${levels}]>`,
  });

  const result = await readInChild('tawa.xlsx', laughs);

  expect(result.outcome).toBe('IMPORT_XML_ENTITY');
  expectBounded(result);
});

it('reads a large honest sheet to its last row within the same bound', async () => {
  const rows: Cell[][] = [header];
  for (let i = 1; i <= 60_000; i += 1)
    rows.push([`Mitra Usaha ${i}`, 'Kota Banjarbaru', `0811${String(i).padStart(7, '0')}`]);
  const xlsx = handMadeXlsx(rows);
  const text = csv(rows);

  const fromXlsx = await readInChild('mitra-besar.xlsx', xlsx);
  const fromCsv = await readInChild('mitra-besar.csv', text);

  expect(fromXlsx.outcome).toBe('read');
  expect(fromXlsx.rows).toBe(rows.length);
  expectBounded(fromXlsx);
  expect(fromCsv.outcome).toBe('read');
  expect(fromCsv.rows).toBe(rows.length);
  expectBounded(fromCsv);
});
