import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { AppError } from '../../src/server/platform/http/app-error';
import { openSpreadsheet } from '../../src/server/platform/files/spreadsheet/open-spreadsheet';

/**
 * Child process for the bounded-memory test: reads one uploaded file as the import does (whole
 * bytes in, rows streamed out) and prints what came of it with the process's resident memory before
 * and at its peak, so a reader that inflated a bomb into memory shows in `peakRssBytes`.
 */
/**
 * VmHWM, this process image's peak: `resourceUsage().maxRSS` would not do, as Linux carries it
 * across exec from the forking parent (the test worker that just built a 640 MiB bomb).
 */
function highWaterMarkBytes(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error('no VmHWM in /proc/self/status');
  return Number(kilobytes) * 1024;
}

const file = process.argv[2];
if (!file) throw new Error('usage: open-spreadsheet-process.ts <file>');

const bytes = await fs.readFile(file);
const baselineRssBytes = process.memoryUsage().rss;
let outcome = 'read';
let rows = 0;
try {
  const source = await openSpreadsheet(bytes);
  for await (const row of source.rows()) rows += row.cells.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  outcome = error.code;
}
const peakRssBytes = highWaterMarkBytes();
process.stdout.write(`${JSON.stringify({ outcome, rows, baselineRssBytes, peakRssBytes })}\n`);
