import type * as PdfLibModule from 'pdf-lib';

export type PdfLib = typeof PdfLibModule;

/** pdf-lib costs about 0.4 s of CPU to load: the first scan or attendance list pays it, not every start (S10). */
export async function loadPdfLib(): Promise<PdfLib> {
  const loaded = (await import('pdf-lib')) as PdfLib & { default?: PdfLib };
  return loaded.default ?? loaded;
}
