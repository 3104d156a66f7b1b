import { ApiError, buildApiUrl, toApiError } from '../../lib/api-client';

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
  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, query), { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  } finally {
    // The click has started the download; the object URL may go once the event has run.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
