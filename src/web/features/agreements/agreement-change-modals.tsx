import { useState } from 'react';
import { Button, Group, Modal, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Agreement } from '../../../shared/contracts/agreements';
import { addDays } from '../../../shared/domain/local-date';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { errorsFromSave } from './agreement-field-errors';
import {
  agreementQueryKey,
  agreementsQueryKey,
  createAddendum,
  extendAgreement,
  terminateAgreement,
} from './agreements-api';

export type ChangeKind = 'extend' | 'addendum' | 'terminate';

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function oneYearAfter(date: string): string {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return addDays(`${year + 1}${rest}`, -1);
}

/** Perpanjang, buat adendum, akhiri: each makes its change, then shows where it leads. */
export function AgreementChangeModal({
  agreement,
  kind,
  onClose,
}: {
  agreement: Agreement;
  kind: ChangeKind;
  onClose: () => void;
}) {
  const { t } = useT();
  const th = t.agreementHistory;
  const phone = useMediaQuery('(max-width: 36em)');
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const nextStart = addDays(agreement.endsOn, 1);
  const [mode, setMode] = useState<'unchanged' | 'with_addendum'>('unchanged');
  const [startsOn, setStartsOn] = useState(nextStart);
  const [endsOn, setEndsOn] = useState(oneYearAfter(nextStart));
  const [changes, setChanges] = useState('');
  const [subject, setSubject] = useState('');
  const [place, setPlace] = useState(agreement.place);
  const [reason, setReason] = useState('');

  const run = useMutation({
    mutationFn: () => {
      if (kind === 'terminate')
        return terminateAgreement(agreement.id, { reason, version: agreement.version });
      if (kind === 'addendum')
        return createAddendum(agreement.id, {
          changes: lines(changes),
          subject: subject.trim() === '' ? undefined : subject,
          place,
        });
      return extendAgreement(agreement.id, {
        mode,
        startsOn,
        endsOn,
        changes: mode === 'with_addendum' ? lines(changes) : undefined,
        place,
      });
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
      if (kind === 'terminate') {
        queryClient.setQueryData(agreementQueryKey(result.id), result);
        notify.success(th.terminatedDone);
        onClose();
        return;
      }
      notify.success(th.created);
      onClose();
      void navigate({ to: '/kesepakatan/$agreementId', params: { agreementId: result.id } });
    },
  });
  const fieldErrors = errorsFromSave(run.error, t) ?? {};
  const title =
    kind === 'extend' ? th.extendTitle : kind === 'addendum' ? th.addendumTitle : th.terminateTitle;
  const changesField = (
    <Textarea
      label={th.changes}
      description={th.changesHint}
      value={changes}
      onChange={(event) => setChanges(event.currentTarget.value)}
      autosize
      minRows={3}
      error={fieldErrors.changes}
      data-testid="change-lines"
    />
  );

  return (
    <Modal opened onClose={onClose} title={title} fullScreen={phone} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate();
        }}
        data-testid={`agreement-${kind}-form`}
      >
        <Stack gap="md">
          {run.isError && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={run.error} />}
          {kind === 'terminate' ? (
            <>
              <Text size="sm">{th.terminateBody}</Text>
              <Textarea
                label={th.reason}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={3}
                required
                error={fieldErrors.reason}
                data-testid="terminate-reason"
              />
            </>
          ) : (
            <>
              {kind === 'extend' && (
                <Radio.Group
                  label={th.extendMode}
                  value={mode}
                  onChange={(value) => setMode(value === 'with_addendum' ? 'with_addendum' : 'unchanged')}
                >
                  <Group mt={4}>
                    <Radio value="unchanged" label={th.extendUnchanged} data-testid="extend-unchanged" />
                    <Radio
                      value="with_addendum"
                      label={th.extendWithAddendum}
                      data-testid="extend-with-addendum"
                    />
                  </Group>
                </Radio.Group>
              )}
              {kind === 'extend' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    type="date"
                    label={th.newStartsOn}
                    value={startsOn}
                    onChange={(event) => setStartsOn(event.currentTarget.value)}
                    error={fieldErrors.startsOn}
                  />
                  <TextInput
                    type="date"
                    label={th.newEndsOn}
                    value={endsOn}
                    onChange={(event) => setEndsOn(event.currentTarget.value)}
                    error={fieldErrors.endsOn}
                  />
                </SimpleGrid>
              )}
              {kind === 'addendum' && (
                <TextInput
                  label={th.subject}
                  value={subject}
                  onChange={(event) => setSubject(event.currentTarget.value)}
                  error={fieldErrors.subject}
                />
              )}
              {(kind === 'addendum' || mode === 'with_addendum') && changesField}
              <TextInput
                label={th.place}
                value={place}
                onChange={(event) => setPlace(event.currentTarget.value)}
                error={fieldErrors.place}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={run.isPending}>
              {t.common.cancel}
            </Button>
            <Button
              type="submit"
              color={kind === 'terminate' ? 'red' : undefined}
              loading={run.isPending}
              data-testid="change-submit"
            >
              {kind === 'terminate' ? th.terminateConfirm : th.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
