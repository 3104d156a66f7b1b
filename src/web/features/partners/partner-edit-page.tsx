import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { PartnersGate } from './partner-access';
import { partnerQueryOptions } from './partner-api';
import { PartnerForm } from './partner-form';
import { useFollowMerge } from './use-follow-merge';

const routeApi = getRouteApi('/_app/mitra/$partnerId/ubah');

function EditContent({ partnerId }: { partnerId: string }) {
  const partner = useQuery(partnerQueryOptions(partnerId));
  const redirecting = useFollowMerge(partner.error, 'edit');
  if (partner.isPending || redirecting) return <PageLoader />;
  // A re-read that found no connection keeps the copy the phone has: the edit can wait in the queue.
  if (!partner.data) return <ErrorAlert error={partner.error} />;
  return <PartnerForm key={partner.data.id} partner={partner.data} />;
}

/** Mitra › {name} › Ubah. */
export function PartnerEditPage() {
  const { t } = useT();
  const { partnerId } = routeApi.useParams();
  return (
    <>
      <AnchorLink to="/mitra/$partnerId" params={{ partnerId }} size="sm">
        ← {t.partners.back}
      </AnchorLink>
      <PageHeader title={t.partners.editTitle} />
      <PartnersGate write>
        <EditContent partnerId={partnerId} />
      </PartnersGate>
    </>
  );
}
