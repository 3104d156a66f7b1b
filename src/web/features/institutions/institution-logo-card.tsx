import { useState } from 'react';
import { Button, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { institutionSchema, type Institution } from '../../../shared/contracts/institutions';
import { fill } from '../../../shared/i18n/catalog';
import { api, buildApiUrl } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { institutionQueryKey } from './institution-queries';

const allowedTypes = ['image/png', 'image/jpeg'];
const maxBytes = 1024 * 1024;

interface InstitutionLogoCardProps {
  institution: Institution;
  canUpdate: boolean;
  /** Called with the version before and the institution after a logo change. */
  onChanged: (previousVersion: number, updated: Institution) => void;
}

/** The current logo and its upload (PUT raw bytes, PNG/JPEG ≤ 1 MB, checked here too). */
export function InstitutionLogoCard({ institution, canUpdate, onChanged }: InstitutionLogoCardProps) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const logoPath = `/institutions/${encodeURIComponent(institution.id)}/logo`;

  const applyChange = (updated: Institution, message: string) => {
    onChanged(institution.version, updated);
    queryClient.setQueryData(institutionQueryKey(updated.id), updated);
    notify.success(message);
  };

  const upload = useMutation({
    mutationFn: (file: File) => api.put(logoPath, institutionSchema, { bytes: file, contentType: file.type }),
    onSuccess: (updated) => {
      applyChange(updated, t.institution.logoUploaded);
    },
    onError: (error) => {
      notify.error(error);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete(logoPath, institutionSchema),
    onSuccess: (updated) => {
      applyChange(updated, t.institution.logoRemoved);
    },
    onError: (error) => {
      notify.error(error);
    },
  });

  const pick = (file: File | null) => {
    if (!file) return;
    if (!allowedTypes.includes(file.type)) setFileProblem(t.fields.fileType);
    else if (file.size > maxBytes) setFileProblem(t.fields.fileTooLarge);
    else {
      setFileProblem(null);
      upload.mutate(file);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="institution-logo">
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Paper withBorder w={120} h={120} radius="sm" p={4} style={{ display: 'grid', placeItems: 'center' }}>
          {institution.hasLogo ? (
            <Image
              src={`${buildApiUrl(logoPath)}?v=${encodeURIComponent(institution.updatedAt)}`}
              alt={fill(t.institution.logoAlt, { name: institution.name })}
              fit="contain"
              mah={110}
              maw={110}
            />
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t.institution.logoNone}
            </Text>
          )}
        </Paper>
        <Stack gap="xs" style={{ flex: 1, minWidth: 200 }}>
          <Title order={2} size="h5">
            {t.institution.logoTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {t.institution.logoHint}
          </Text>
          {fileProblem && (
            <Text size="sm" c="red" role="alert">
              {fileProblem}
            </Text>
          )}
          {canUpdate && (
            <Group gap="xs">
              <FileButton onChange={pick} accept={allowedTypes.join(',')}>
                {(props) => (
                  <Button {...props} variant="light" loading={upload.isPending} data-testid="logo-upload">
                    {institution.hasLogo ? t.institution.logoReplace : t.institution.logoUpload}
                  </Button>
                )}
              </FileButton>
              {institution.hasLogo && (
                <Button
                  variant="subtle"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => {
                    remove.mutate();
                  }}
                >
                  {t.institution.logoRemove}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
