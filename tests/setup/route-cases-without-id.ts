import { agreementBody } from '../factories/agreements';
import { interactionBody, partnershipBody } from '../factories/engagement';
import { templateBody } from '../factories/messages';
import { multipart } from '../factories/multipart';
import { needBody } from '../factories/needs';
import { partnerBody } from '../factories/partners';
import { csv } from '../factories/spreadsheets';
import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { routeCases, routeKey, type RouteFixtures, type RouteRequest } from './route-cases';

/** What the cases without an id need beyond the institution's records. */
export interface FixturesWithoutId extends RouteFixtures {
  /** A password link's token: a live one where a passed check must change something, else a missing one. */
  passwordLinkToken: string;
  /** The year dated records (holidays, occasions, the annual report) fall in. */
  year: number;
}

const uniqueSuffix = () => Math.random().toString(36).slice(2, 8);

/** A one-row partner sheet as a multipart upload. */
export function partnerFile(): { payload: Buffer; headers: Record<string, string> } {
  return multipart([
    {
      name: 'file',
      content: csv([
        ['Nama Mitra', 'Kab/Kota'],
        [`Sanggar Harness ${uniqueSuffix()}`, 'Kota Banjarbaru'],
      ]),
      filename: 'mitra.csv',
      contentType: 'text/csv',
    },
  ]);
}

/**
 * A valid request for every state-changing route without an id (routes with one take theirs from
 * route-cases.ts): each would change something if the CSRF check let it through.
 */
export const mutatingCasesWithoutId: Record<string, (fx: FixturesWithoutId) => RouteRequest> = {
  'POST /auth/login': () => ({
    url: '/auth/login',
    payload: { email: 'tidak.terdaftar@contoh.id', password: 'salah sekali' },
  }),
  'POST /auth/logout': () => ({ url: '/auth/logout' }),
  'PATCH /me': () => ({ url: '/me', payload: { locale: 'en' } }),
  'POST /auth/password-link': (fx) => ({
    url: '/auth/password-link',
    payload: { token: fx.passwordLinkToken, password: 'benang emas rajutan 2027' },
  }),
  'POST /setup': () => ({
    url: '/setup',
    payload: {
      token: 'token-penyiapan-harness',
      institutionName: 'LKP Penyusup',
      institutionKind: 'LKP',
      timeZone: 'WITA',
      managerName: 'Penyusup',
      email: 'penyusup@contoh.id',
      password: 'benang emas rajutan 2027',
    },
  }),
  'POST /institutions': () => ({
    url: '/institutions',
    payload: {
      name: `LKP Harness ${uniqueSuffix()}`,
      kind: 'LKP',
      timeZone: 'WITA',
      regionCode: '63.72',
    },
  }),
  'POST /api-tokens': () => ({ url: '/api-tokens', payload: { name: 'Token harness' } }),
  'POST /partners': () => ({ url: '/partners', payload: partnerBody() }),
  'POST /partners/import/preview': () => ({ url: '/partners/import/preview', ...partnerFile() }),
  'POST /partners/import': () => ({ url: '/partners/import', ...partnerFile() }),
  'POST /partner-categories': () => ({
    url: '/partner-categories',
    payload: { name: `Kategori ${uniqueSuffix()}` },
  }),
  'POST /partnerships': (fx) => ({ url: '/partnerships', payload: partnershipBody([fx.partnerId]) }),
  'POST /partnership-patterns': () => ({
    url: '/partnership-patterns',
    payload: { name: `Pola ${uniqueSuffix()}` },
  }),
  'POST /interactions': (fx) => ({ url: '/interactions', payload: interactionBody([fx.partnerId]) }),
  'POST /needs': () => ({ url: '/needs', payload: needBody() }),
  'POST /agreements': (fx) => ({
    url: '/agreements',
    payload: agreementBody(fx.partnershipId, fx.partnerId),
  }),
  'POST /holidays': (fx) => ({
    url: '/holidays',
    payload: { date: `${fx.year}-10-23`, name: 'Hari harness', kind: 'national_holiday' },
  }),
  'PUT /holiday-settings': () => ({ url: '/holiday-settings', payload: { observesCutiBersama: true } }),
  'POST /occasions': (fx) => ({
    url: '/occasions',
    payload: {
      kind: 'product_launch',
      title: 'Peluncuran harness',
      date: `${fx.year}-11-02`,
      partnerId: fx.partnerId,
    },
  }),
  'POST /gatherings': (fx) => ({
    url: '/gatherings',
    payload: {
      title: 'Temu Mitra harness',
      startsAt: `${fx.year + 1}-02-10T02:00:00.000Z`,
      endsAt: `${fx.year + 1}-02-10T05:00:00.000Z`,
      place: 'Aula LKP',
    },
  }),
  'POST /notifications/read-all': () => ({ url: '/notifications/read-all' }),
  'POST /me/calendar-feed': () => ({ url: '/me/calendar-feed' }),
  'DELETE /me/calendar-feed': () => ({ url: '/me/calendar-feed' }),
  'POST /reports/annual-report': (fx) => ({
    url: '/reports/annual-report',
    payload: { year: fx.year, format: 'xlsx' },
  }),
  'POST /message-templates': () => ({ url: '/message-templates', payload: templateBody() }),
  'POST /messages/preview': (fx) => ({
    url: '/messages/preview',
    payload: { partnerId: fx.partnerId, contactId: fx.contactId, channel: 'whatsapp', purpose: 'follow_up' },
  }),
  'POST /messages': (fx) => ({
    url: '/messages',
    payload: {
      partnerId: fx.partnerId,
      contactId: fx.contactId,
      channel: 'whatsapp',
      purpose: 'follow_up',
      body: 'Selamat pagi, Ibu. Kami menindaklanjuti rencana magang.',
    },
  }),
};

/**
 * A state-changing route's valid request, its path with an id (route-cases.ts) or without. The
 * password link is a missing one: no check that passes may set anyone's password.
 */
export function mutatingCaseFor(
  route: Pick<AnyRoute, 'method' | 'path'>,
): ((fx: RouteFixtures) => RouteRequest) | undefined {
  const withId = routeCases[routeKey(route)];
  if (withId) return withId;
  const build = mutatingCasesWithoutId[routeKey(route)];
  return (
    build && ((fx) => build({ ...fx, passwordLinkToken: 'tautan-sandi-yang-tidak-pernah-ada', year: 2026 }))
  );
}
