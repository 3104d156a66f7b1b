import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

/** PostgreSQL's integer: a larger number in a request reaches the database and fails there as a 500. */
export const maxDatabaseInteger = 2_147_483_647;
/** The largest row version a client may send: one less, so the version an edit writes still fits. */
export const maxRowVersion = maxDatabaseInteger - 1;
/** The version a client read and sends back with an edit (optimistic locking). */
export const rowVersionSchema = z.number().int().min(1).max(maxRowVersion);
/** The same in a query string. */
export const rowVersionQuerySchema = z.coerce.number().int().min(1).max(maxRowVersion);

export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'FORBIDDEN',
  'CSRF_INVALID',
  'ROUTE_NOT_FOUND',
  'INSTITUTION_NOT_FOUND',
  'USER_NOT_FOUND',
  'API_TOKEN_NOT_FOUND',
  'PARTNER_NOT_FOUND',
  'CONTACT_NOT_FOUND',
  'TEMPLATE_PLACEHOLDER_UNKNOWN',
  'MESSAGE_TEMPLATE_NOT_FOUND',
  'MESSAGE_NOT_FOUND',
  'MESSAGE_ALREADY_CONFIRMED',
  'MESSAGE_OCCASION_NOT_FOUND',
  'CONTACT_CONSENT_WITHDRAWN',
  'CONTACT_CONSENT_ALREADY_WITHDRAWN',
  'GREETING_NOT_FOR_CONTACT',
  'CONTACT_HAS_NO_WHATSAPP',
  'CONTACT_HAS_NO_EMAIL',
  'PARTNER_POSSIBLE_DUPLICATE',
  'CATEGORY_EXISTS',
  'CATEGORY_NOT_FOUND',
  'CATEGORY_IN_USE',
  'PARTNER_MERGED',
  'PARTNER_MERGE_SELF',
  'EXPORT_TOO_LARGE',
  'JOB_NOT_FOUND',
  'JOB_RESULT_NOT_READY',
  'ANNUAL_REPORT_YEAR_OUT_OF_RANGE',
  'MONTH_FORMAT',
  'PERIOD_REVERSED',
  'PARTNERSHIP_NOT_FOUND',
  'PARTNERSHIP_MOVE_NOT_ALLOWED',
  'PARTNERSHIP_GATE_UNMET',
  'PARTNERSHIP_PATTERN_UNKNOWN',
  'PATTERN_EXISTS',
  'PATTERN_NOT_FOUND',
  'PATTERN_IN_USE',
  'INTERACTION_NOT_FOUND',
  'NEED_NOT_FOUND',
  'NEED_HAS_DECISIONS',
  'NEED_PERIOD_INVALID',
  'MEETING_NOT_FOUND',
  'LINK_NOT_FOUND',
  'LINK_EXPIRED',
  'LINK_USED',
  'LINK_REVOKED',
  'WORK_PLAN_NOT_FOUND',
  'WORK_PLAN_EXISTS',
  'WORK_PLAN_APPROVED',
  'WORK_PLAN_EMPTY',
  'WORK_PLAN_PERIOD_INVALID',
  'WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET',
  'WORK_PLAN_CHANGED',
  'AGREEMENT_NOT_FOUND',
  'AGREEMENT_NOT_EDITABLE',
  'AGREEMENT_SIGNED',
  'AGREEMENT_PERIOD_INVALID',
  'AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP',
  'AGREEMENT_TERMS_PATTERN_MISMATCH',
  'AGREEMENT_NOT_READY',
  'AGREEMENT_VERSION_STALE',
  'AGREEMENT_NOT_EXTENDABLE',
  'AGREEMENT_VERSION_NOT_FOUND',
  'EVALUATION_EXISTS',
  'EVALUATION_PLAN_MISSING',
  'EVALUATION_ITEM_UNKNOWN',
  'EVALUATION_INCOMPLETE',
  'DECISION_REASON_REQUIRED',
  'EVALUATION_DECIDED',
  'EVALUATION_STAGE_INVALID',
  'EVALUATION_NOT_CONTINUING',
  'EVALUATION_FOLLOW_UP_DONE',
  'EVALUATION_NO_ACTIVE_AGREEMENT',
  'FOLLOW_UP_ROW_INCOMPLETE',
  'COMMENT_NOT_FOUND',
  'CLAUSE_PLACEHOLDER_UNKNOWN',
  'CLAUSE_KEY_UNKNOWN',
  'PROFIT_SHARES_NOT_100',
  'CADENCE_OUT_OF_RANGE',
  'RISK_SHARES_NOT_100',
  'PERCENT_PRECISION',
  'PERCENT_REQUIRED',
  'CONTRIBUTION_REPEATED',
  'AMOUNT_REQUIRED',
  'GRACE_EXCEEDS_TERM',
  'REPAYMENT_WITHOUT_LOAN',
  'LOCATION_REQUIRED',
  'MEETING_ENDS_BEFORE_START',
  'MEETING_PLACE_MISSING',
  'MEETING_NOT_STARTED',
  'MEETING_MATERIAL_MISSING',
  'INTERACTION_IN_FUTURE',
  'FOLLOW_UP_MISSING',
  'ATTACHMENT_NOT_FOUND',
  'ATTACHMENT_FILE_MISSING',
  'ATTACHMENT_LIMIT_REACHED',
  'IMPORT_FILE_MISSING',
  'IMPORT_FILE_TYPE',
  'IMPORT_FILE_EMPTY',
  'IMPORT_FILE_UNREADABLE',
  'IMPORT_ZIP_BOMB',
  'IMPORT_XML_ENTITY',
  'IMPORT_MAPPING_INCOMPLETE',
  'SIGNER_MISMATCH',
  'ALREADY_SIGNED',
  'AGREEMENT_NOT_AWAITING_SIGNATURES',
  'SIGNATURE_FILE_INVALID',
  'AGREEMENT_NOT_ACTIVE',
  'METERAI_SERIAL_REQUIRED',
  'FILE_NOT_FOUND',
  'REGION_NOT_FOUND',
  'VIEWING_INSTITUTION_READ_ONLY',
  'PROBLEM_NOT_FOUND',
  'MONITORING_VISIT_NOT_FOUND',
  'SOLUTION_REQUIRED',
  'PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP',
  'EVALUATION_NOT_FOUND',
  'PROGRAMME_NOT_FOUND',
  'ACTIVITY_NOT_FOUND',
  'EVIDENCE_NOT_FOUND',
  'ACTIVITY_ITEM_NOT_IN_PARTNERSHIP',
  'ACTIVITY_PERIOD_INVALID',
  'ACTIVITY_DATES_REQUIRED',
  'ACTIVITY_QUANTITY_INVALID',
  'ACTIVITY_SPENDING_INVALID',
  'ITEM_NOT_PARTNERS',
  'HOLIDAY_NOT_FOUND',
  'OCCASION_NOT_FOUND',
  'OCCASION_RANGE_INVALID',
  'GATHERING_NOT_FOUND',
  'GATHERING_ENDS_BEFORE_START',
  'GATHERING_REPLY_CLOSED',
  'GATHERING_NOT_OPEN',
  'INVITATION_NOT_FOUND',
  'ATTENDEE_COUNT_REQUIRED',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_KEY_IN_USE',
  'IDEMPOTENCY_KEY_REUSED',
  'REQUEST_ALREADY_APPLIED',
  'EMAIL_TAKEN',
  'PASSWORD_TOO_WEAK',
  'LINK_INVALID',
  'SETUP_ALREADY_DONE',
  'ROLE_NOT_ASSIGNABLE',
  'CANNOT_CHANGE_OWN_ACCESS',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_CONTENT_UNREADABLE',
  'FEEDBACK_REQUEST_NOT_FOUND',
  'FEEDBACK_REQUEST_CLOSED',
  'VALUE_RECORD_NOT_FOUND',
  'VALUE_RECORD_IN_FUTURE',
  'NOTIFICATION_NOT_FOUND',
  'CALENDAR_FEED_NOT_FOUND',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().nullable(),
    totalCapped: z.boolean(),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number | null;
  totalCapped: boolean;
}

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** Trimmed text; empty input becomes null so optional fields can be cleared. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));
}
