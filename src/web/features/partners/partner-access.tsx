import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ButtonLink } from '../../ui/router-links';

/** Whether the signed-in user's role grants a permission the partner pages use (from /me). */
export function useCanPartners(permission: 'partners.read' | 'partners.write' | 'users.read'): boolean {
  return useCan(permission);
}

/** The partner pages for roles with `partners.read`; others are told so, with a way back. */
export function PartnersGate({ write, children }: { write?: boolean; children: ReactNode }) {
  const { t } = useT();
  const allowed = useCanPartners(write ? 'partners.write' : 'partners.read');
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
