import { useState } from 'react';
import { Button, Group, SegmentedControl, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { beritaAcaraKinds, type Agreement } from '../../../shared/contracts/agreements';
import { utcOffsetHours, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { saveBlob } from '../../lib/save-blob';
import { useViewingInstitution } from '../../lib/viewing-institution';
import { FormModal } from '../../ui/form-modal';
import { useNotify } from '../../ui/use-notify';
import { downloadBeritaAcara } from './agreements-api';

type BeritaAcaraKind = (typeof beritaAcaraKinds)[number];

/** Today in the institution's time zone, the default date of the record. */
function todayIn(zone: TimeZoneCode): string {
  return new Date(Date.now() + utcOffsetHours[zone] * 3_600_000).toISOString().slice(0, 10);
}

function BeritaAcaraModal({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useT();
  const tb = t.agreementBeritaAcara;
  const notify = useNotify();
  const zone = useMe().institution.timeZone;
  const [kind, setKind] = useState<BeritaAcaraKind>('agreement_reached');
  const [heldOn, setHeldOn] = useState(() => todayIn(zone));
  const [place, setPlace] = useState(agreement.place);
  const [points, setPoints] = useState<string>(tb.defaultPoints.agreement_reached);
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const download = useMutation({
    mutationFn: () =>
      downloadBeritaAcara(agreement.id, {
        kind,
        format,
        heldOn,
        place: place.trim(),
        points: points
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      }),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName);
      notify.success(tb.downloaded);
      onClose();
    },
  });
  const changeKind = (next: BeritaAcaraKind) => {
    // An untouched suggestion follows the kind; words the user typed stay.
    if (points === tb.defaultPoints[kind]) setPoints(tb.defaultPoints[next]);
    setKind(next);
  };
  return (
    <FormModal
      title={tb.title}
      onClose={onClose}
      onSubmit={() => download.mutate()}
      error={download.error}
      saving={download.isPending}
      saveLabel={tb.download}
      cancelLabel={tb.cancel}
      testId="berita-acara-form"
      saveTestId="berita-acara-download"
    >
      <Text size="sm" c="dimmed">
        {tb.intro}
      </Text>
      <Select
        label={tb.kind}
        required
        allowDeselect={false}
        data={beritaAcaraKinds.map((value) => ({ value, label: tb.kinds[value] }))}
        value={kind}
        onChange={(value) => value && changeKind(value)}
        comboboxProps={{ withinPortal: false }}
        data-testid="berita-acara-kind"
      />
      <Group grow>
        <TextInput
          type="date"
          label={tb.heldOn}
          required
          value={heldOn}
          onChange={(event) => setHeldOn(event.currentTarget.value)}
          data-testid="berita-acara-date"
        />
        <TextInput
          label={tb.place}
          required
          minLength={2}
          maxLength={120}
          value={place}
          onChange={(event) => setPlace(event.currentTarget.value)}
          data-testid="berita-acara-place"
        />
      </Group>
      <Textarea
        label={tb.points}
        description={tb.pointsHint}
        required
        autosize
        minRows={3}
        value={points}
        onChange={(event) => setPoints(event.currentTarget.value)}
        data-testid="berita-acara-points"
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {tb.format}
        </Text>
        <SegmentedControl
          value={format}
          onChange={(value) => setFormat(value)}
          data={[
            { value: 'pdf', label: 'PDF' },
            { value: 'docx', label: 'DOCX' },
          ]}
          data-testid="berita-acara-format"
        />
      </div>
    </FormModal>
  );
}

/** "Berita acara": a record of the agreement's parties (reached, handover, visit) to print and sign. */
export function BeritaAcaraButton({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const allowed = useCan('agreements.write');
  // A supervisor's drill-down is read-only, and this is a POST the server would answer for its own institution.
  const viewing = useViewingInstitution();
  const [open, setOpen] = useState(false);
  if (!allowed || viewing) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="berita-acara-open">
        {t.agreementBeritaAcara.button}
      </Button>
      {open && <BeritaAcaraModal agreement={agreement} onClose={() => setOpen(false)} />}
    </>
  );
}
