import { agendaReasons } from '../../../shared/domain/care-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { en } from '../../../shared/i18n/en';
import { id as indonesian } from '../../../shared/i18n/id';
import type { NotificationsTable } from '../../db/schema';

function formatDay(date: string, locale: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00.000Z`));
}

/** One plain-text email: items grouped by reason, each with its partner and detail, and the link. */
export function digestMessage(
  recipient: { name: string; locale: string },
  rows: NotificationsTable[],
  careUrl: string,
): { subject: string; text: string } {
  const locale = recipient.locale === 'en' ? 'en' : 'id';
  const words = (locale === 'en' ? en : indonesian).notificationsUi;
  const lines = [fill(words.digestGreeting, { name: recipient.name }), '', words.digestIntro];
  for (const reason of agendaReasons) {
    const group = rows.filter((row) => row.reason === reason);
    if (group.length === 0) continue;
    lines.push('', `${words.reasons[reason]} (${group.length})`);
    for (const row of group) {
      const who = row.partner_name ?? words.institutionWide;
      const detail = row.detail ? ` — ${row.detail}` : '';
      lines.push(`  • ${who}${detail} · ${fill(words.dueOn, { date: formatDay(row.due_on, locale) })}`);
    }
  }
  lines.push('', fill(words.digestOpen, { url: careUrl }), '', '—', words.digestFooter);
  return { subject: fill(words.digestSubject, { count: rows.length }), text: lines.join('\n') };
}
