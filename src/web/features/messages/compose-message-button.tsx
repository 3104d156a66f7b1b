import type { MessagePurpose } from '../../../shared/domain/care-vocabulary';

export interface ComposeMessageButtonProps {
  /** null: the composer first asks which partner (an institution-wide item such as a holiday). */
  partnerId: string | null;
  purpose?: MessagePurpose;
  /** e.g. "holiday:<id>", "occasion:<id>", "anniversary:<agreement id>" (greetings). */
  occasionRef?: string | null;
  label?: string;
  testId?: string;
}

/** Placeholder until its helper writes it. */
export function ComposeMessageButton(props: ComposeMessageButtonProps) {
  void props;
  return null;
}
