import type * as ExcelJsModule from 'exceljs';

export type ExcelJs = typeof ExcelJsModule;

/**
 * exceljs costs about half a second of CPU to load, longer than the rest of a cold start: only the
 * first request that writes or reads a workbook pays it, not every start (S10).
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return loaded.default ?? loaded;
}
