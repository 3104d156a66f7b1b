/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) gets
 * a leading apostrophe, so `=HYPERLINK(…)` in a partner's name stays text when a CSV is opened.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoteCsv(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV for Excel: UTF-8 with a BOM, CRLF line ends, every text cell neutralised and quoted as needed. */
export function toCsv(header: string[], rows: (string | number | null)[][]): Buffer {
  const lines = [header, ...rows].map((row) =>
    row
      .map((cell) =>
        cell === null ? '' : typeof cell === 'number' ? String(cell) : quoteCsv(neutralizeFormula(cell)),
      )
      .join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
