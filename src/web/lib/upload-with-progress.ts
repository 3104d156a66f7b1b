import type { z } from 'zod';
import { ApiError, buildApiUrl, currentCsrfToken, toApiError } from './api-client';

/**
 * POSTs a multipart form and reports the bytes sent, which `fetch` cannot: on a weak connection
 * the facilitator sees the photo moving rather than a spinner that may be stuck. Errors arrive
 * as the same `ApiError` every other call throws.
 */
export function uploadWithProgress<S extends z.ZodType>(
  path: string,
  schema: S,
  form: FormData,
  onProgress: (fraction: number) => void,
  headers: Record<string, string> = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildApiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const csrfToken = currentCsrfToken();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
    xhr.onabort = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
    xhr.onload = () => {
      const headers = new Headers();
      for (const name of ['Retry-After', 'X-Request-Id', 'Content-Type']) {
        const value = xhr.getResponseHeader(name);
        if (value) headers.set(name, value);
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        void toApiError(new Response(xhr.responseText, { status: xhr.status, headers })).then(reject);
        return;
      }
      onProgress(1);
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText) as unknown;
      } catch {
        data = undefined;
      }
      const parsed = schema.safeParse(data);
      if (parsed.success) resolve(parsed.data);
      else
        reject(
          new ApiError({
            status: xhr.status,
            code: 'UNEXPECTED_RESPONSE',
            requestId: headers.get('X-Request-Id'),
          }),
        );
    };
    xhr.send(form);
  });
}
