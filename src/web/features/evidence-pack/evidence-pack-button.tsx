import { useT } from '../../lib/i18n';
import { DownloadButton } from './download-button';

/** "Unduh paket bukti (ZIP)" for one partnership. */
export function EvidencePackButton({ partnershipId }: { partnershipId: string }) {
  const { t } = useT();
  return (
    <DownloadButton
      variant="default"
      path={`/partnerships/${partnershipId}/evidence-pack`}
      fallbackName="paket-bukti.zip"
      label={t.evidencePackUi.partnershipPack}
      title={t.evidencePackUi.packHint}
      testId="evidence-pack-download"
    />
  );
}

/** The same pack for every partnership of the programme the list is filtered by. */
export function ProgrammeEvidencePackButton({ programme }: { programme: string }) {
  const { t } = useT();
  return (
    <DownloadButton
      variant="light"
      size="xs"
      path="/evidence-pack"
      query={{ programme }}
      fallbackName="paket-bukti-program.zip"
      label={t.evidencePackUi.programmePack}
      title={t.evidencePackUi.packHint}
      testId="programme-evidence-pack-download"
    />
  );
}
