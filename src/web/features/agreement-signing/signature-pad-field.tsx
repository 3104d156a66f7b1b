import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { Box, Input, Stack } from '@mantine/core';
import SignaturePad from 'signature_pad';
import { useT } from '../../lib/i18n';

export interface SignaturePadHandle {
  isEmpty: () => boolean;
  /** The drawing as a PNG on a transparent background, at the screen's pixel density. */
  toPng: () => Promise<Blob>;
  clear: () => void;
}

interface SignaturePadFieldProps {
  ref: Ref<SignaturePadHandle>;
  error?: string | null;
  /** Called on the first stroke and on clearing, so a form can drop its "empty" error. */
  onChange?: (empty: boolean) => void;
  height?: number;
}

/** Backing store follows the element's size and the device's density; strokes survive a resize. */
function fitCanvas(canvas: HTMLCanvasElement, pad: SignaturePad | null): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const width = Math.round(canvas.offsetWidth * ratio);
  const height = Math.round(canvas.offsetHeight * ratio);
  if (width === 0 || (canvas.width === width && canvas.height === height)) return;
  const strokes = pad?.toData() ?? [];
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.scale(ratio, ratio);
  if (pad) pad.fromData(strokes);
}

/** A full-width box to sign in with a finger or a mouse; the form around it holds "Ulangi". */
export function SignaturePadField({ ref, error, onChange, height = 200 }: SignaturePadFieldProps) {
  const { t } = useT();
  const tp = t.signaturePad;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    fitCanvas(canvas, null);
    const pad = new SignaturePad(canvas, { penColor: '#102a6b', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const handleStroke = () => onChangeRef.current?.(false);
    pad.addEventListener('endStroke', handleStroke);
    const observer = new ResizeObserver(() => fitCanvas(canvas, pad));
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', handleStroke);
      pad.off();
      padRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => padRef.current?.isEmpty() ?? true,
      clear: () => {
        padRef.current?.clear();
        onChangeRef.current?.(true);
      },
      toPng: () =>
        new Promise<Blob>((resolve, reject) => {
          const canvas = canvasRef.current;
          if (!canvas) {
            reject(new Error('No signature canvas'));
            return;
          }
          canvas.toBlob(
            (blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
            'image/png',
          );
        }),
    }),
    [],
  );

  return (
    <Input.Wrapper label={tp.label} description={tp.hint} error={error} data-testid="signature-pad-field">
      <Stack gap="xs" mt={6}>
        <Box
          style={{
            border: `2px ${error ? 'solid var(--mantine-color-red-6)' : 'dashed var(--mantine-color-gray-5)'}`,
            borderRadius: 8,
            background: 'white',
            position: 'relative',
          }}
        >
          <canvas
            ref={canvasRef}
            aria-label={tp.canvasLabel}
            data-testid="signature-pad"
            style={{ display: 'block', width: '100%', height, touchAction: 'none', cursor: 'crosshair' }}
          />
          {/* The line people sign on; it takes no pointer events, so strokes over it still draw. */}
          <Box
            aria-hidden
            style={{
              position: 'absolute',
              left: 16,
              right: 16,
              bottom: 36,
              borderTop: '1px solid var(--mantine-color-gray-4)',
              pointerEvents: 'none',
            }}
          />
        </Box>
      </Stack>
    </Input.Wrapper>
  );
}
