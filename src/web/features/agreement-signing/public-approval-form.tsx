import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { approvePublicDraft, publicReviewQueryOptions, type PublicReview } from './public-agreement-api';
import { formatPublicMoment } from './public-format';

interface PublicApprovalFormProps {
  agreementId: string;
  token: string;
  review: PublicReview;
}

/** "Setujui draf": the partner approves the version they read, by name and position. */
export function PublicApprovalForm({ agreementId, token, review }: PublicApprovalFormProps) {
  const { t, locale } = useT();
  const tp = t.publicAgreement;
  const queryClient = useQueryClient();
  const form = useFormValues({ name: '', position: '' });
  const reviewKey = publicReviewQueryOptions(agreementId, token).queryKey;
  const approve = useMutation({
    mutationFn: () =>
      approvePublicDraft(agreementId, token, {
        name: form.values.name.trim(),
        position: form.values.position.trim(),
        versionNumber: review.versionNumber,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey }),
    onError: (error) => {
      if (!isApiError(error, 'AGREEMENT_VERSION_STALE')) form.applyError(error, t);
    },
  });

  if (review.partnerApprovedAt)
    return (
      <Alert color="teal" title={tp.approveTitle} data-testid="public-approved">
        <Stack gap={4}>
          <Text size="sm">
            {fill(tp.approved, { time: formatPublicMoment(review.partnerApprovedAt, locale) })}
          </Text>
          <Text size="sm">{tp.approvedThanks}</Text>
        </Stack>
      </Alert>
    );

  if (isApiError(approve.error, 'AGREEMENT_VERSION_STALE'))
    return (
      <Alert color="orange" title={tp.staleTitle} data-testid="public-approval-stale">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{tp.staleBody}</Text>
          <Button
            variant="light"
            onClick={() => {
              approve.reset();
              void queryClient.invalidateQueries({ queryKey: reviewKey });
            }}
          >
            {tp.reload}
          </Button>
        </Stack>
      </Alert>
    );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const missing = {
          name: form.values.name.trim().length < 2 ? t.fields.required : undefined,
          position: form.values.position.trim().length < 2 ? t.fields.required : undefined,
        };
        if (missing.name || missing.position) form.setErrors(missing);
        else approve.mutate();
      }}
      data-testid="public-approval-form"
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {tp.approveTitle}
        </Title>
        <Text size="sm">{fill(tp.approveIntro, { version: review.versionNumber })}</Text>
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        <TextInput
          {...form.field('name')}
          label={tp.yourName}
          size="md"
          autoComplete="name"
          data-testid="public-approval-name"
        />
        <TextInput
          {...form.field('position')}
          label={tp.position}
          size="md"
          autoComplete="organization-title"
          data-testid="public-approval-position"
        />
        <Button type="submit" size="lg" color="teal" loading={approve.isPending} data-testid="public-approve">
          {tp.approve}
        </Button>
      </Stack>
    </form>
  );
}
