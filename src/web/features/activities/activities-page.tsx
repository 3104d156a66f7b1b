import { PageHeader } from '../../ui/page-header';
import { useT } from '../../lib/i18n';

/** Kegiatan: every activity of the institution, filterable (issue 8, helper C builds it). */
export function ActivitiesPage() {
  const { t } = useT();
  return <PageHeader title={t.nav.activities} />;
}
