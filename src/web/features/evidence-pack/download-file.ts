import { apiDownload } from '../../lib/api-client';
import { saveBlob } from '../../lib/save-blob';

/**
 * Fetches a generated file (a ZIP or a report) and hands it to the browser as a download. Fetched,
 * not linked, so the page can show that it is being prepared and say why when it fails, instead of
 * leaving the user on a JSON error page.
 */
export async function downloadFile(
  path: string,
  query: Record<string, string>,
  fallbackName: string,
): Promise<void> {
  const { blob, fileName } = await apiDownload('GET', path, { query }, fallbackName);
  saveBlob(blob, fileName);
}
