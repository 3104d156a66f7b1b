import { useState } from 'react';
import { Modal } from '@mantine/core';
import type { Partner } from '../../../shared/contracts/partners';
import { useT } from '../../lib/i18n';
import { MergeChooser } from './merge-chooser';
import { MergePreview } from './merge-preview';

/** "Gabungkan dengan duplikat": choose the other partner, preview, confirm. */
export function MergePartnerModal({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const { t } = useT();
  const [otherId, setOtherId] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t.partnerMerge.title} size="xl" centered>
      {otherId ? (
        <MergePreview
          currentId={partner.id}
          otherId={otherId}
          onBack={() => setOtherId(null)}
          onClose={onClose}
        />
      ) : (
        <MergeChooser partner={partner} onChoose={setOtherId} />
      )}
    </Modal>
  );
}
