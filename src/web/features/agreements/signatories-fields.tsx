import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { activeUsersQueryOptions, partnerQueryOptions } from '../partners/partner-api';
import { errorAt, type PathErrors } from './agreement-field-errors';
import type { DraftValues, WitnessDraft } from './draft-form-values';

interface SignatoriesFieldsProps {
  values: Pick<DraftValues, 'institutionSignatory' | 'partnerSignatory' | 'witnesses'>;
  partnerId: string;
  onChange: (patch: Partial<DraftValues>) => void;
  errors: PathErrors;
  readOnly: boolean;
  /** The create dialog asks for the signatories only; witnesses come later in the draft. */
  withWitnesses?: boolean;
}

/** Who signs for each side (a name and a position, picked or typed) and up to four witnesses. */
export function SignatoriesFields({
  values,
  partnerId,
  onChange,
  errors,
  readOnly,
  withWitnesses = true,
}: SignatoriesFieldsProps) {
  const { t } = useT();
  const tf = t.agreementForm;
  const me = useMe();
  const users = useQuery({ ...activeUsersQueryOptions(me.institution.id), enabled: useCan('users.read') });
  const partner = useQuery(partnerQueryOptions(partnerId));
  const contacts = partner.data?.contacts ?? [];
  const { institutionSignatory: mine, partnerSignatory: theirs } = values;
  const setWitnesses = (witnesses: WitnessDraft[]) => onChange({ witnesses });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Fieldset legend={tf.institutionSide} data-testid="signatory-institution">
          <Stack gap="xs">
            {(users.data?.items.length ?? 0) > 0 && !readOnly && (
              <Select
                label={tf.pickUser}
                description={tf.pickHint}
                data={(users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))}
                value={mine.userId}
                searchable
                clearable
                onChange={(userId) => {
                  const user = users.data?.items.find((item) => item.id === userId);
                  onChange({
                    institutionSignatory: { ...mine, userId: userId ?? null, name: user?.name ?? mine.name },
                  });
                }}
                data-testid="signatory-institution-user"
              />
            )}
            <TextInput
              label={tf.signatoryName}
              value={mine.name}
              onChange={(event) =>
                onChange({ institutionSignatory: { ...mine, name: event.currentTarget.value } })
              }
              readOnly={readOnly}
              error={errorAt(errors, 'signatories.institution.name')}
              data-testid="signatory-institution-name"
            />
            <TextInput
              label={tf.signatoryPosition}
              description={tf.positionHint}
              value={mine.position}
              onChange={(event) =>
                onChange({ institutionSignatory: { ...mine, position: event.currentTarget.value } })
              }
              readOnly={readOnly}
              error={errorAt(errors, 'signatories.institution.position')}
              data-testid="signatory-institution-position"
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={tf.partnerSide} data-testid="signatory-partner">
          <Stack gap="xs">
            {contacts.length > 0 && !readOnly && (
              <Select
                label={tf.pickContact}
                description={tf.pickHint}
                data={contacts.map((contact) => ({
                  value: contact.id,
                  label: contact.position ? `${contact.name} (${contact.position})` : contact.name,
                }))}
                value={theirs.contactId}
                clearable
                onChange={(contactId) => {
                  const contact = contacts.find((item) => item.id === contactId);
                  onChange({
                    partnerSignatory: {
                      contactId: contactId ?? null,
                      name: contact?.name ?? theirs.name,
                      position: contact?.position ?? theirs.position,
                    },
                  });
                }}
                data-testid="signatory-partner-contact"
              />
            )}
            <TextInput
              label={tf.signatoryName}
              value={theirs.name}
              onChange={(event) =>
                onChange({ partnerSignatory: { ...theirs, name: event.currentTarget.value } })
              }
              readOnly={readOnly}
              error={errorAt(errors, 'signatories.partner.name')}
              data-testid="signatory-partner-name"
            />
            <TextInput
              label={tf.signatoryPosition}
              description={tf.positionHint}
              value={theirs.position}
              onChange={(event) =>
                onChange({ partnerSignatory: { ...theirs, position: event.currentTarget.value } })
              }
              readOnly={readOnly}
              error={errorAt(errors, 'signatories.partner.position')}
              data-testid="signatory-partner-position"
            />
          </Stack>
        </Fieldset>
      </SimpleGrid>
      {withWitnesses && (
        <Fieldset legend={tf.witnesses} data-testid="witnesses">
          <Text size="xs" c="dimmed" mb="xs">
            {tf.witnessesHint}
          </Text>
          <Stack gap="xs">
            {values.witnesses.map((witness, index) => {
              const update = (next: Partial<WitnessDraft>) =>
                setWitnesses(values.witnesses.map((old, at) => (at === index ? { ...old, ...next } : old)));
              return (
                <Group key={index} align="flex-end" gap="xs">
                  <TextInput
                    label={tf.signatoryName}
                    value={witness.name}
                    onChange={(event) => update({ name: event.currentTarget.value })}
                    readOnly={readOnly}
                    error={errorAt(errors, `witnesses.${index}.name`)}
                    style={{ flex: 2, minWidth: 160 }}
                  />
                  <TextInput
                    label={tf.signatoryPosition}
                    value={witness.position}
                    onChange={(event) => update({ position: event.currentTarget.value })}
                    readOnly={readOnly}
                    error={errorAt(errors, `witnesses.${index}.position`)}
                    style={{ flex: 2, minWidth: 160 }}
                  />
                  <Select
                    label={tf.witnessParty}
                    data={[
                      { value: 'institution', label: tf.partyInstitution },
                      { value: 'partner', label: tf.partyPartner },
                    ]}
                    value={witness.party}
                    allowDeselect={false}
                    readOnly={readOnly}
                    onChange={(party) => update({ party: party === 'partner' ? 'partner' : 'institution' })}
                    style={{ flex: 1, minWidth: 120 }}
                  />
                  {!readOnly && (
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => setWitnesses(values.witnesses.filter((_, at) => at !== index))}
                    >
                      {tf.removeWitness}
                    </Button>
                  )}
                </Group>
              );
            })}
            {!readOnly && values.witnesses.length < 4 && (
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() =>
                    setWitnesses([...values.witnesses, { name: '', position: '', party: 'institution' }])
                  }
                  data-testid="witness-add"
                >
                  {tf.addWitness}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
