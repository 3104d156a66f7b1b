import { Anchor, Button, Group, Textarea } from '@mantine/core';
import { useT } from '../lib/i18n';
import { CopyableField } from './copyable-field';

interface IssuedLinkFieldsProps {
  link: { url: string; whatsAppText: string; whatsAppUrl: string };
  texts: { link: string; message: string; openWhatsApp: string };
  /** Prefix of every data-testid: `-url`, `-message`, `-whatsapp`, `-done`. */
  testIdPrefix: string;
  /** The message box grows from the first number of rows up to the second. */
  rows: [number, number];
  /** Inside a modal: a done button beside the WhatsApp link. */
  onDone?: () => void;
}

/** A link just issued for a partner: the address to copy, the WhatsApp message, and the link to send it. */
export function IssuedLinkFields({ link, texts, testIdPrefix, rows, onDone }: IssuedLinkFieldsProps) {
  const { t } = useT();
  const whatsApp = (
    <Anchor
      href={link.whatsAppUrl}
      target="_blank"
      rel="noopener noreferrer"
      data-testid={`${testIdPrefix}-whatsapp`}
    >
      {texts.openWhatsApp}
    </Anchor>
  );
  return (
    <>
      <CopyableField label={texts.link} value={link.url} testId={`${testIdPrefix}-url`} />
      <Textarea
        label={texts.message}
        value={link.whatsAppText}
        readOnly
        autosize
        minRows={rows[0]}
        maxRows={rows[1]}
        data-testid={`${testIdPrefix}-message`}
      />
      {onDone ? (
        <Group justify="space-between">
          {whatsApp}
          <Button variant="default" onClick={onDone} data-testid={`${testIdPrefix}-done`}>
            {t.common.done}
          </Button>
        </Group>
      ) : (
        whatsApp
      )}
    </>
  );
}
