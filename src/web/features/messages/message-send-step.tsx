import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { CreateMessageResponse } from '../../../shared/contracts/messages';
import { useT } from '../../lib/i18n';

interface MessageSendStepProps {
  result: CreateMessageResponse;
  asking: boolean;
  onOpened: () => void;
  onAnswer: (sent: boolean) => void;
  answering: boolean;
}

/**
 * The prepared message: a real link to WhatsApp (or the mail program), and once it was opened the
 * question Jalin cannot answer by itself, whether the message actually went.
 */
export function MessageSendStep({ result, asking, onOpened, onAnswer, answering }: MessageSendStepProps) {
  const { t } = useT();
  const tm = t.messagesUi;
  const href = result.whatsAppUrl ?? result.mailtoUrl;
  return (
    <Stack gap="sm" data-testid="message-send-step">
      <Text size="sm">{result.whatsAppUrl ? tm.readyWhatsApp : tm.readyMail}</Text>
      {href && (
        <Button
          component="a"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          size="md"
          color={result.whatsAppUrl ? 'green' : undefined}
          onClick={onOpened}
          data-testid={result.whatsAppUrl ? 'message-whatsapp-link' : 'message-mailto-link'}
        >
          {result.whatsAppUrl ? tm.openWhatsApp : tm.openMail}
        </Button>
      )}
      {asking && (
        <Alert color="blue" variant="light" title={tm.askSent} data-testid="message-ask-sent">
          <Group gap="sm" mt="xs">
            <Button onClick={() => onAnswer(true)} loading={answering} data-testid="message-sent-yes">
              {tm.yes}
            </Button>
            <Button
              variant="default"
              onClick={() => onAnswer(false)}
              disabled={answering}
              data-testid="message-sent-no"
            >
              {tm.no}
            </Button>
          </Group>
        </Alert>
      )}
      {!asking && href && (
        <Anchor component="button" type="button" size="sm" onClick={onOpened} data-testid="message-ask-now">
          {tm.askSent}
        </Anchor>
      )}
    </Stack>
  );
}
