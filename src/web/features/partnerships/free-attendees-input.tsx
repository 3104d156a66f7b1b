import { useEffect, useRef, useState } from 'react';
import { Button, Group, Pill, Stack, TextInput } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import type { FreeAttendee } from './meeting-form-values';

interface FreeAttendeesInputProps {
  values: FreeAttendee[];
  onChange: (values: FreeAttendee[]) => void;
  disabled?: boolean;
  testId: string;
}

/**
 * People attending who are not in the list above (a partner's staff member never recorded as a
 * contact, a guest trainer): a name and an optional role, shown as removable chips.
 */
export function FreeAttendeesInput({ values, onChange, disabled, testId }: FreeAttendeesInputProps) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  // A name typed but not added would be lost on save: the browser holds the form until it is added.
  useEffect(() => {
    nameRef.current?.setCustomValidity(name.trim() ? tu.pendingAttendee : '');
  }, [name, tu.pendingAttendee]);

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    onChange([...values, { name: trimmed, role: role.trim() || null }]);
    setName('');
    setRole('');
  };
  // Enter adds the person instead of submitting the whole schedule.
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <Stack gap={6} data-testid={testId}>
      {values.length > 0 && (
        <Pill.Group>
          {values.map((attendee, index) => {
            const label = attendee.role ? `${attendee.name}, ${attendee.role}` : attendee.name;
            return (
              <Pill
                key={`${attendee.name}-${index}`}
                size="md"
                withRemoveButton={!disabled}
                onRemove={() => onChange(values.filter((_, i) => i !== index))}
                removeButtonProps={{ 'aria-label': fill(tu.removeAttendee, { name: attendee.name }) }}
                data-testid={`${testId}-chip`}
              >
                {label}
              </Pill>
            );
          })}
        </Pill.Group>
      )}
      {adding ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={tu.otherAttendeeName}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={onEnter}
            maxLength={200}
            size="md"
            ref={nameRef}
            style={{ flex: '1 1 12rem' }}
            disabled={disabled}
            data-autofocus
            data-testid={`${testId}-name`}
          />
          <TextInput
            label={tu.otherAttendeeRole}
            placeholder={tu.otherAttendeeRoleHint}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value)}
            onKeyDown={onEnter}
            maxLength={120}
            size="md"
            style={{ flex: '1 1 16rem' }}
            disabled={disabled}
            data-testid={`${testId}-role`}
          />
          <Button
            variant="light"
            size="md"
            onClick={add}
            disabled={disabled || !name.trim()}
            data-testid={`${testId}-add`}
          >
            {tu.addAttendee}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setAdding(true)}
            disabled={disabled}
            data-testid={`${testId}-open`}
          >
            {tu.addOtherAttendee}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
