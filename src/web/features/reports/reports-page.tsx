import { PageHeader } from '../../ui/page-header';
import { useT } from '../../lib/i18n';

/** Laporan: the annual partnership report and the dashboard's lists (issue 8, helper E builds it). */
export function ReportsPage() {
  const { t } = useT();
  return <PageHeader title={t.nav.reports} />;
}
