import { useInfiniteQuery } from '@tanstack/react-query';
import { isEndStage } from '../../../shared/domain/partnership-stages';
import { QuickLogModal } from '../interactions/quick-log-modal';
import { partnershipListQueryOptions } from './partnerships-api';

/** The quick log opened on a partner's page, offering the partner's open partnerships to file it under. */
export function PartnerQuickLog({
  partner,
  onClose,
}: {
  partner: { id: string; name: string };
  onClose: () => void;
}) {
  // The same query the page's partnership list runs, so it is usually answered from the cache.
  const query = useInfiniteQuery(partnershipListQueryOptions({ partnerId: partner.id }));
  const open = (query.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (item) => !isEndStage(item.stage),
  );
  // Offline with nothing saved the query waits for a connection (paused): the visit can still be
  // logged then, only not filed under a partnership, rather than the button doing nothing.
  if (query.isPending && query.fetchStatus === 'fetching') return null;
  return (
    <QuickLogModal
      partners={[partner]}
      partnershipChoices={open.map((item) => ({ id: item.id, name: item.name }))}
      onClose={onClose}
    />
  );
}
