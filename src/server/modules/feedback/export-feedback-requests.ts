import type { z } from 'zod';
import { listFeedbackRequestsQuerySchema, type FeedbackRequest } from '../../../shared/contracts/feedback';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listFeedbackRequests } from './list-feedback-requests';

export const exportFeedbackRequestsQuerySchema = exportQueryOf(listFeedbackRequestsQuerySchema);

/** Feedback requests, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportFeedbackRequests(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportFeedbackRequestsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.feedbackRequests;
  return exportList<FeedbackRequest>(deps, {
    format: query.format,
    name: words.files.feedbackRequests,
    sheetName: words.sheets.feedbackRequests,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listFeedbackRequests(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.partner, value: (item) => item.partnerName },
      { header: column.contact, value: (item) => item.contactName },
      {
        header: column.status,
        value: (item) => catalog.feedbackUi.status[item.expired ? 'expired' : item.status],
      },
      { header: column.requestedAt, kind: 'datetime', value: (item) => item.requestedAt },
      { header: column.answeredAt, kind: 'datetime', value: (item) => item.answeredAt },
      { header: column.satisfaction, kind: 'number', value: (item) => item.satisfaction },
      { header: column.recommend, kind: 'number', value: (item) => item.recommend },
      { header: column.improve, value: (item) => item.improve },
      { header: column.comments, value: (item) => item.comments },
      { header: column.respondent, value: (item) => item.respondentName },
    ],
  });
}
