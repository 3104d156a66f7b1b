import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Institution } from '../../../shared/contracts/institutions';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { InstitutionEditor } from './institution-editor';
import { InstitutionLogoCard } from './institution-logo-card';
import { institutionQueryOptions } from './institution-queries';

function LoadedProfile({ institution, canUpdate }: { institution: Institution; canUpdate: boolean }) {
  const [baseVersion, setBaseVersion] = useState(institution.version);
  // A logo change made from this page moves the version on; adopt it only if nothing else happened.
  const adoptLogoVersion = (previousVersion: number, updated: Institution) => {
    if (previousVersion === baseVersion) setBaseVersion(updated.version);
  };
  return (
    <Stack gap="lg">
      <InstitutionLogoCard institution={institution} canUpdate={canUpdate} onChanged={adoptLogoVersion} />
      <InstitutionEditor
        institution={institution}
        canUpdate={canUpdate}
        baseVersion={baseVersion}
        onBaseVersionChange={setBaseVersion}
      />
    </Stack>
  );
}

function ProfileContent() {
  const me = useMe();
  const query = useQuery(institutionQueryOptions(me.institution.id));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <LoadedProfile
      key={query.data.id}
      institution={query.data}
      canUpdate={me.permissions.includes('institution.update')}
    />
  );
}

/** Pengaturan › Profil lembaga. */
export function InstitutionProfilePage() {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t.institution.title} description={t.institution.intro} />
      <RequirePermission permission="institution.read">
        <ProfileContent />
      </RequirePermission>
    </>
  );
}
