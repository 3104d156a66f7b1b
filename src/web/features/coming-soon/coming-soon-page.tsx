import { Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { PageHeader } from '../../ui/page-header';
import { ButtonLink } from '../../ui/router-links';

export type ComingArea =
  'partners' | 'partnerships' | 'needs' | 'agreements' | 'activities' | 'care' | 'reports';

/** What each area needs prepared first; people before partners where the work is in the field. */
const firstAction: Record<ComingArea, 'profile' | 'users' | 'numbering'> = {
  partners: 'profile',
  partnerships: 'users',
  needs: 'profile',
  agreements: 'numbering',
  activities: 'users',
  care: 'users',
  reports: 'profile',
};

function FirstAction({ area }: { area: ComingArea }) {
  const { t } = useT();
  const me = useMe();
  const canUpdate = me.permissions.includes('institution.update');
  const wanted = firstAction[area];
  if (wanted === 'users' && me.permissions.includes('users.manage')) {
    return <ButtonLink to="/pengaturan/pengguna">{t.areas.actionUsers}</ButtonLink>;
  }
  if (wanted === 'numbering' && canUpdate) {
    return (
      <ButtonLink to="/pengaturan/lembaga" hash="dokumen">
        {t.areas.actionNumbering}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink to="/pengaturan/lembaga">
      {canUpdate ? t.areas.actionProfile : t.areas.actionViewProfile}
    </ButtonLink>
  );
}

/** An area of the guide that is not built yet: what it is for, that it is coming, what to do now. */
export function ComingSoonPage({ area }: { area: ComingArea }) {
  const { t } = useT();
  const texts = t.areas[area];
  return (
    <>
      <PageHeader title={t.nav[area]} />
      <EmptyPanel
        testId={`coming-soon-${area}`}
        title={texts.step}
        description={texts.purpose}
        extra={
          <Stack gap="xs" align="center">
            <Text size="sm" fw={600} c="teal.8">
              {t.areas.comingSoon}
            </Text>
            <Text size="sm" c="dimmed">
              {t.areas.meanwhile}
            </Text>
          </Stack>
        }
        actions={<FirstAction area={area} />}
      />
    </>
  );
}
