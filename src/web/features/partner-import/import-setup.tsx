import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../shared/contracts/jobs';
import type { PartnerImportMapping } from '../../../shared/contracts/partner-import';
import type { PartnerImportMode } from '../../../shared/domain/partner-import-fields';
import { ImportFileStep } from './import-file-step';
import { ImportMappingStep } from './import-mapping-step';
import { ImportSteps } from './import-steps';
import { importJobQueryOptions, previewImport, startImport } from './partner-import-api';

/** Steps 1 and 2: the file stays in memory here until the import starts; nothing is stored before. */
export function ImportSetup({ onStarted }: { onStarted: (job: Job) => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: previewImport });
  const start = useMutation({
    mutationFn: (input: { file: File; mapping: PartnerImportMapping; mode: PartnerImportMode }) =>
      startImport(input.file, input.mapping, input.mode),
    onSuccess: (job) => {
      queryClient.setQueryData(importJobQueryOptions(job.id).queryKey, job);
      onStarted(job);
    },
  });

  if (file && preview.data) {
    return (
      <>
        <ImportSteps current="mapping" />
        <ImportMappingStep
          fileName={file.name}
          preview={preview.data}
          starting={start.isPending}
          error={start.error}
          onBack={() => {
            setFile(null);
            preview.reset();
            start.reset();
          }}
          onStart={(mapping, mode) => {
            start.mutate({ file, mapping, mode });
          }}
        />
      </>
    );
  }
  return (
    <>
      <ImportSteps current="file" />
      <ImportFileStep
        reading={preview.isPending}
        error={preview.error}
        onFile={(next) => {
          setFile(next);
          preview.mutate(next);
        }}
      />
    </>
  );
}
