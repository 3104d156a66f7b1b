import { useRef, useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { PublicWorkPlan, WorkPlanReviewDecision } from '../../../shared/contracts/work-plans';
import { isApiError } from '../../lib/api-client';
import { focusFirstError } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { answerWorkPlanReview } from './work-plans-api';

interface PublicReviewFormProps {
  plan: PublicWorkPlan;
  token: string;
  onAnswered: (answered: PublicWorkPlan, decision: WorkPlanReviewDecision) => void;
  onReload: () => void;
}

/** The partner's answer: approve or ask for changes, signed with a name and a position. */
export function PublicReviewForm({ plan, token, onAnswered, onReload }: PublicReviewFormProps) {
  const { t } = useT();
  const tu = t.publicWorkPlanUi;
  const formRef = useRef<HTMLFormElement>(null);
  const [decision, setDecision] = useState<WorkPlanReviewDecision>('approved');
  const form = useFormValues({ reviewerName: '', reviewerPosition: '', comment: '' });
  const answer = useMutation({
    mutationFn: () =>
      answerWorkPlanReview(plan.id, token, {
        decision,
        reviewerName: form.values.reviewerName,
        reviewerPosition: form.values.reviewerPosition,
        comment: form.values.comment.trim() || null,
        planVersion: plan.version,
      }),
    onSuccess: (answered) => onAnswered(answered, decision),
    onError: (error) => {
      form.applyError(error, t);
      requestAnimationFrame(() => focusFirstError(formRef.current));
    },
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (form.values.reviewerName.trim().length < 2) problems.reviewerName = t.fields.required;
    if (form.values.reviewerPosition.trim().length < 2) problems.reviewerPosition = t.fields.required;
    if (decision === 'changes_requested' && form.values.comment.trim() === '')
      problems.comment = tu.commentRequired;
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      requestAnimationFrame(() => focusFirstError(formRef.current));
      return;
    }
    answer.mutate();
  };

  const changed = isApiError(form.formError, 'WORK_PLAN_CHANGED');
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="public-review-form">
      <Stack gap="sm">
        <SegmentedControl
          fullWidth
          value={decision}
          onChange={(value) => setDecision(value)}
          data={[
            { value: 'approved', label: tu.approve },
            { value: 'changes_requested', label: tu.requestChanges },
          ]}
          data-testid="public-review-decision"
        />
        {form.formError !== null &&
          (changed ? (
            <Alert color="orange" data-testid="public-review-changed">
              <Stack gap="xs">
                {t.errors.WORK_PLAN_CHANGED}
                <Group>
                  <Button size="xs" variant="light" onClick={onReload}>
                    {tu.reload}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={form.formError} />
          ))}
        <TextInput
          {...form.field('reviewerName')}
          label={tu.reviewerName}
          autoComplete="name"
          data-testid="public-review-name"
        />
        <TextInput
          {...form.field('reviewerPosition')}
          label={tu.reviewerPosition}
          description={tu.reviewerPositionHint}
          autoComplete="organization-title"
          data-testid="public-review-position"
        />
        <Textarea
          {...form.field('comment')}
          label={decision === 'changes_requested' ? tu.comment : tu.commentOptional}
          autosize
          minRows={3}
          data-testid="public-review-comment"
        />
        <Button
          type="submit"
          size="md"
          color={decision === 'approved' ? 'teal' : 'orange'}
          loading={answer.isPending}
          data-testid="public-review-submit"
        >
          {decision === 'approved' ? tu.submitApprove : tu.submitChanges}
        </Button>
      </Stack>
    </form>
  );
}
