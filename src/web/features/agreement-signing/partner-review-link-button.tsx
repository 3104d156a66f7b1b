import { useState } from 'react';
import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { useT } from '../../lib/i18n';
import { agreementQueryKey } from '../agreements/agreements-api';
import { PartnerLinkModal } from './partner-link-modal';
import { issueReviewLink } from './signing-api';

/** "Kirim tautan tinjauan ke mitra": a reusable link to read, comment on and approve the draft. */
export function PartnerReviewLinkButton({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const tl = t.partnerLinks;
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="review-link-open">
        {tl.reviewButton}
      </Button>
      {opened && (
        <PartnerLinkModal
          title={tl.reviewTitle}
          intro={tl.reviewIntro}
          onClose={() => setOpened(false)}
          issue={(recipientName) => issueReviewLink(agreement.id, recipientName)}
          // The agreement page shows the review state, which the server may record with the link.
          onIssued={() => void queryClient.invalidateQueries({ queryKey: agreementQueryKey(agreement.id) })}
          testId="review-link-modal"
        />
      )}
    </>
  );
}
