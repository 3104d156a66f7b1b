import { useRef, useState } from 'react';
import { Button, FileInput, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { SignaturePadField, type SignaturePadHandle } from './signature-pad-field';
import type { SignatureSubmission } from './signing-api';

const maxScanBytes = 10 * 1024 * 1024;

type Method = SignatureSubmission['method'];

interface SignatureFormProps {
  /** The signatory recorded on the version being signed; the signer must confirm both. */
  expected: { name: string; position: string };
  versionNumber: number;
  onSign: (submission: SignatureSubmission) => Promise<unknown>;
  onSigned: () => void;
  /** Shown above the pad on the partner's phone page ("Goreskan tanda tangan"). */
  padTitle?: string;
}

/** The server's rule: the same words, whatever the letter case and the spaces around or between them. */
function sameSigner(typed: string, recorded: string): boolean {
  const normal = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
  return normal(typed) === normal(recorded);
}

/** The fields a SIGNER_MISMATCH names (`details.fields`), or both when it names none of ours. */
function mismatchedFields(details: unknown): Array<'confirmName' | 'confirmPosition'> {
  const fields = (details as { fields?: unknown } | null)?.fields;
  const named = Array.isArray(fields)
    ? fields.filter(
        (field): field is 'confirmName' | 'confirmPosition' =>
          field === 'confirmName' || field === 'confirmPosition',
      )
    : [];
  return named.length > 0 ? named : ['confirmName', 'confirmPosition'];
}

/** Confirm name and position, then draw or upload a signed scan; used by the institution and the partner. */
export function SignatureForm({ expected, versionNumber, onSign, onSigned, padTitle }: SignatureFormProps) {
  const { t } = useT();
  const ts = t.signing;
  const form = useFormValues({ confirmName: expected.name, confirmPosition: expected.position });
  const [method, setMethod] = useState<Method>('drawn');
  const [scan, setScan] = useState<File | null>(null);
  const [padError, setPadError] = useState<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const padRef = useRef<SignaturePadHandle>(null);

  const mismatchErrors = () => ({
    confirmName: sameSigner(form.values.confirmName, expected.name)
      ? undefined
      : fill(ts.mismatch, { expected: expected.name }),
    confirmPosition: sameSigner(form.values.confirmPosition, expected.position)
      ? undefined
      : fill(ts.mismatch, { expected: expected.position }),
  });

  const sign = useMutation({
    mutationFn: onSign,
    onSuccess: onSigned,
    onError: (error) => {
      if (isApiError(error, 'SIGNER_MISMATCH')) {
        const expectedOf = { confirmName: expected.name, confirmPosition: expected.position };
        form.setErrors(
          Object.fromEntries(
            mismatchedFields(error.details).map((field) => [
              field,
              fill(ts.mismatch, { expected: expectedOf[field] }),
            ]),
          ),
        );
        return;
      }
      if (isApiError(error, 'SIGNATURE_FILE_INVALID')) {
        if (method === 'drawn') setPadError(t.errors.SIGNATURE_FILE_INVALID);
        else setScanError(t.errors.SIGNATURE_FILE_INVALID);
        return;
      }
      form.applyError(error, t);
    },
  });

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.setFormError(null);
    const required = {
      confirmName: form.values.confirmName.trim() === '' ? t.fields.required : undefined,
      confirmPosition: form.values.confirmPosition.trim() === '' ? t.fields.required : undefined,
    };
    const errors = required.confirmName || required.confirmPosition ? required : mismatchErrors();
    form.setErrors(errors);
    let file: Blob | null = null;
    if (method === 'drawn') {
      const empty = padRef.current?.isEmpty() ?? true;
      setPadError(empty ? t.signaturePad.empty : null);
      if (!empty && padRef.current) file = await padRef.current.toPng();
    } else {
      const problem = !scan
        ? ts.scanMissing
        : scan.type !== 'application/pdf' && !scan.name.toLowerCase().endsWith('.pdf')
          ? ts.scanType
          : scan.size > maxScanBytes
            ? ts.scanTooLarge
            : null;
      setScanError(problem);
      if (!problem) file = scan;
    }
    if (errors.confirmName || errors.confirmPosition || !file) return;
    sign.mutate({
      method,
      confirmName: form.values.confirmName.trim(),
      confirmPosition: form.values.confirmPosition.trim(),
      versionNumber,
      file,
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="signature-form">
      <Stack gap="md">
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        <TextInput
          {...form.field('confirmName')}
          label={ts.confirmName}
          autoComplete="name"
          size="md"
          data-testid="signature-confirm-name"
        />
        <TextInput
          {...form.field('confirmPosition')}
          label={ts.confirmPosition}
          autoComplete="organization-title"
          size="md"
          data-testid="signature-confirm-position"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {ts.choose}
          </Text>
          <SegmentedControl
            fullWidth
            orientation="vertical"
            value={method}
            onChange={(value) => setMethod(value === 'uploaded_scan' ? 'uploaded_scan' : 'drawn')}
            data={[
              { value: 'drawn', label: ts.chooseDraw },
              { value: 'uploaded_scan', label: ts.chooseUpload },
            ]}
            styles={{ label: { whiteSpace: 'normal' } }}
            data-testid="signature-method"
          />
        </Stack>
        {padTitle && method === 'drawn' && (
          <Text fw={600} size="lg">
            {padTitle}
          </Text>
        )}
        {method === 'drawn' ? (
          <SignaturePadField
            ref={padRef}
            error={padError}
            onChange={(empty) => !empty && setPadError(null)}
          />
        ) : (
          <FileInput
            label={ts.scanLabel}
            description={ts.scanHint}
            accept="application/pdf,.pdf"
            value={scan}
            onChange={(file) => {
              setScan(file);
              setScanError(null);
            }}
            error={scanError}
            size="md"
            clearable
            data-testid="signature-scan"
          />
        )}
        {/* Side by side under the pad, where a thumb already is; the primary action takes the room. */}
        <Group gap="sm" wrap="nowrap">
          {method === 'drawn' && (
            <Button
              variant="default"
              size="lg"
              px="sm"
              onClick={() => padRef.current?.clear()}
              data-testid="signature-pad-clear"
            >
              {t.signaturePad.clear}
            </Button>
          )}
          <Button
            type="submit"
            size="lg"
            px="sm"
            style={{ flex: 1 }}
            loading={sign.isPending}
            data-testid="signature-submit"
          >
            {ts.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
