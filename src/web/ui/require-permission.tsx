import type { ReactNode } from 'react';
import type { Permission } from '../../shared/domain/roles';
import { useT } from '../lib/i18n';
import { useCan } from '../lib/me-query';
import { EmptyPanel } from './empty-panel';
import { ButtonLink } from './router-links';

/** Shows the page only when the role allows it; otherwise says so, with a way back. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useT();
  const allowed = useCan(permission);
  if (allowed) return <>{children}</>;
  return (
    <EmptyPanel
      testId="no-access"
      title={t.common.noAccessTitle}
      description={t.common.noAccessBody}
      actions={<ButtonLink to="/">{t.common.backHome}</ButtonLink>}
    />
  );
}
