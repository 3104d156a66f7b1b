import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { toApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { useT } from '../../lib/i18n';

type PreviewState =
  | { phase: 'file' }
  | { phase: 'pages'; page: number; total: number }
  | { phase: 'done'; total: number }
  | { phase: 'error'; error: unknown };

/** Sharp on high-density screens without the memory of a 3× canvas per page on a cheap phone. */
const maxPixelRatio = 2;

/** pdf.js is large: it and its worker load only when a preview is first shown. */
async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** A preview mounted in a hidden panel has no width yet: draw once it is shown, at its real width. */
function widthWhenShown(host: HTMLElement, signal: AbortSignal): Promise<number> {
  if (host.clientWidth > 0) return Promise.resolve(host.clientWidth);
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      if (host.clientWidth === 0) return;
      observer.disconnect();
      resolve(host.clientWidth);
    });
    observer.observe(host);
    signal.addEventListener('abort', () => observer.disconnect());
  });
}

async function fetchPdf(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    signal,
    headers: { Accept: 'application/pdf' },
  });
  if (!response.ok) throw await toApiError(response);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Every page of a PDF drawn onto canvases as wide as the container, so a phone shows the official
 * document itself rather than a link; a failure still leaves the download.
 */
export function AgreementPdfPreview({ url }: { url: string }) {
  const { t } = useT();
  const tp = t.pdfPreview;
  const pagesRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PreviewState>({ phase: 'file' });

  useEffect(() => {
    const host = pagesRef.current;
    if (!host) return;
    const controller = new AbortController();
    let destroy: (() => Promise<void>) | null = null;
    host.replaceChildren();
    setState({ phase: 'file' });

    const run = async () => {
      const [pdfjs, data] = await Promise.all([loadPdfJs(), fetchPdf(url, controller.signal)]);
      // No eval: the server's CSP forbids it, and the fonts are embedded anyway.
      const task = pdfjs.getDocument({ data, isEvalSupported: false });
      destroy = () => task.destroy();
      const pdf = await task.promise;
      const width = Math.max(await widthWhenShown(host, controller.signal), 240);
      const ratio = Math.min(window.devicePixelRatio || 1, maxPixelRatio);
      for (let number = 1; number <= pdf.numPages; number += 1) {
        if (controller.signal.aborted) return;
        setState({ phase: 'pages', page: number, total: pdf.numPages });
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = '100%';
        canvas.style.height = 'auto';
        canvas.style.display = 'block';
        canvas.style.boxShadow = '0 1px 3px rgba(0, 0, 0, 0.25)';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', fill(tp.pageLabel, { page: number, total: pdf.numPages }));
        canvas.dataset.testid = 'pdf-preview-page';
        const context = canvas.getContext('2d');
        if (!context) throw new Error('Canvas 2D is not available');
        await page.render({ canvasContext: context, viewport }).promise;
        page.cleanup();
        host.append(canvas);
      }
      setState({ phase: 'done', total: pdf.numPages });
    };
    run().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ phase: 'error', error });
    });
    return () => {
      controller.abort();
      void destroy?.();
    };
  }, [url, tp.pageLabel]);

  const progress =
    state.phase === 'file'
      ? tp.loadingFile
      : state.phase === 'pages'
        ? fill(tp.loadingPage, { page: state.page, total: state.total })
        : null;

  return (
    <Stack
      gap="xs"
      data-testid="pdf-preview"
      data-state={state.phase}
      aria-label={tp.label}
      aria-busy={progress !== null}
    >
      {progress && (
        <Group gap="xs" data-testid="pdf-preview-progress" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {progress}
          </Text>
        </Group>
      )}
      {state.phase === 'error' && (
        <Alert color="orange" title={tp.failedTitle} data-testid="pdf-preview-error">
          <Stack gap={4}>
            <Text size="sm">{describeError(state.error, t).message}</Text>
            <Text size="sm">{tp.failedBody}</Text>
            <Anchor href={url} download size="sm" data-testid="pdf-preview-download">
              {tp.download}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Box
        ref={pagesRef}
        style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
        bg="gray.1"
        p={state.phase === 'error' ? 0 : 'xs'}
        data-testid="pdf-preview-pages"
      />
    </Stack>
  );
}
