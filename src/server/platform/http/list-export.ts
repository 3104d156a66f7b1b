import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import {
  tableFileFormats,
  writeTableFile,
  type TableCell,
  type TableColumn,
  type TableFile,
  type TableFileFormat,
} from '../files/write-table-file';
import { AppError } from './app-error';
import { defineRoute, type AnyRoute, type RouteAccess, type RouteContext } from './route-definition';

export const defaultExportRowLimit = 50_000;
/** The largest page a list use case serves; exports read in these. */
const pageSize = 200;

export const exportFormatShape = { format: z.enum(tableFileFormats).default('xlsx') };

/** A list's own query without its paging, plus the file format: the export filters as the list does. */
export function exportQueryOf<Shape extends z.ZodRawShape>(listQuery: z.ZodObject<Shape>) {
  const shape: Record<string, unknown> = { ...listQuery.shape };
  delete shape.cursor;
  delete shape.limit;
  return z.strictObject({ ...(shape as unknown as Omit<Shape, 'cursor' | 'limit'>), ...exportFormatShape });
}

/** An export of a list that has no query of its own. */
export const plainExportQuerySchema = z.strictObject(exportFormatShape);

export interface ExportColumn<Item> extends TableColumn {
  value(item: Item): TableCell;
}

export interface ListExport<Item> {
  format: TableFileFormat;
  /** File name stem; the day is appended. */
  name: string;
  sheetName: string;
  columns: ExportColumn<Item>[];
  /** One page of the list, through the list's own use case; `cursor` undefined for the first. */
  readPage(paging: {
    cursor: string | undefined;
    limit: number;
  }): Promise<{ items: Item[]; nextCursor?: string | null }>;
  utcOffsetHours?: number;
}

/**
 * Pages through a list by its cursor into a file. Over the row limit the caller is told to narrow
 * the filters (a coded 422) instead of the server holding an unbounded file in memory.
 */
export async function exportList<Item>(deps: AppDeps, spec: ListExport<Item>): Promise<TableFile> {
  const limit = deps.config.exportRowLimit ?? defaultExportRowLimit;
  const rows: TableCell[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await spec.readPage({ cursor, limit: pageSize });
    for (const item of page.items) rows.push(spec.columns.map((column) => column.value(item)));
    if (rows.length > limit) throw new AppError('EXPORT_TOO_LARGE', { limit });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  return writeTableFile(spec.format, {
    name: `${spec.name}-${day}`,
    sheetName: spec.sheetName,
    columns: spec.columns,
    rows,
    ...(spec.utcOffsetHours === undefined ? {} : { utcOffsetHours: spec.utcOffsetHours }),
  });
}

/** A `GET …/export` route: the handler makes the file, this sends it as a download. */
export function defineExportRoute<PS extends z.ZodType, QS extends z.ZodType>(route: {
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess & { kind: 'authenticated' };
  params?: PS;
  query: QS;
  file(ctx: RouteContext<z.output<PS>, z.output<QS>, unknown>): Promise<TableFile>;
}): AnyRoute {
  return defineRoute({
    method: 'GET',
    path: route.path,
    summary: route.summary,
    tag: route.tag,
    access: route.access,
    ...(route.params ? { params: route.params } : {}),
    query: route.query,
    response: z.unknown(),
    rawResponse: true,
    async handler(ctx: RouteContext<z.output<PS>, z.output<QS>, unknown>) {
      const file = await route.file(ctx);
      await ctx.reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', `attachment; filename="${file.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(file.bytes);
    },
  });
}
