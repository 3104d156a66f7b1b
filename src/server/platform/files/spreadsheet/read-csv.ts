import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import type { SheetRow, SpreadsheetSource } from './spreadsheet-source';

/** Comma or semicolon (Indonesian Excel saves CSV with `;`): whichever the header line has more of. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const counts = { ',': count(','), ';': count(';'), '\t': count('\t') };
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** UTF-8 (with or without BOM) as written by most tools; otherwise Windows-1252, as older Excel saves. */
export function decodeCsvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readCsv(bytes: Buffer): SpreadsheetSource {
  const text = decodeCsvText(bytes);
  const delimiter = guessDelimiter(text);
  let consumedChars = 0;
  return {
    format: 'csv',
    progress: () => Math.min(1, consumedChars / Math.max(1, text.length)),
    async *rows(): AsyncGenerator<SheetRow> {
      const parser = Readable.from([text], { objectMode: false }).pipe(
        parse({
          delimiter,
          bom: true,
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          info: true,
          max_record_size: 1024 * 1024,
        }),
      );
      for await (const record of parser as AsyncIterable<{
        record: string[];
        info: { lines: number; bytes: number };
      }>) {
        consumedChars = record.info.bytes;
        yield {
          rowNumber: record.info.lines,
          cells: record.record.map((cell) => (cell === '' ? null : cell)),
        };
      }
    },
  };
}
