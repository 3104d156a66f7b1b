import { z } from 'zod';
import { agreementKinds, agreementStatuses, storedAgreementStatuses } from '../domain/agreement-status';
import { patternTermsSchema } from '../domain/pattern-terms';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionQuerySchema,
  rowVersionSchema,
} from './common';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * Who signs for a side. A position is required: the komparisi names it ("selaku Ketua …"), and an
 * agreement signed by someone of unknown capacity is open to challenge (KUHPerdata 1320).
 */
const signatoryFields = { name: text(2, 120), position: text(2, 120) };
export const institutionSignatorySchema = z.strictObject({
  ...signatoryFields,
  userId: idSchema.nullable().optional(),
});
export const partnerSignatorySchema = z.strictObject({
  ...signatoryFields,
  contactId: idSchema.nullable().optional(),
});
export const witnessSchema = z.strictObject({
  name: text(2, 120),
  position: optionalText(120),
  party: z.enum(['institution', 'partner']),
});
export const agreementSignatoriesSchema = z.strictObject({
  institution: institutionSignatorySchema,
  partner: partnerSignatorySchema,
});

/** Per-agreement article texts replacing the clause library's (keys from the document engine). */
export const clauseOverridesSchema = z.record(
  z.string().min(1).max(60),
  z.string().trim().min(1).max(20_000),
);

const draftFields = {
  subject: text(3, 300),
  place: text(2, 120),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  /** The day the opening sentence names ("Pada hari ini …"); defaults to the signing day. */
  datedOn: isoDateSchema.nullable().optional(),
  /** `agency` … or `custom:…`; defaults to the partnership's pattern. */
  pattern: z.string().min(1).max(80).nullable().optional(),
  terms: patternTermsSchema.nullable().optional(),
  signatories: agreementSignatoriesSchema,
  witnesses: z.array(witnessSchema).max(4).optional(),
  /** The partner's own number for the same document, when it numbers its copies. */
  partnerNumber: optionalText(100),
  clauseOverrides: clauseOverridesSchema.optional(),
  /** What this edit was about, kept on the version ("Bagi hasil diubah 60/40"). */
  versionNote: optionalText(300),
};

export const createAgreementRequestSchema = z.strictObject({
  partnershipId: idSchema,
  partnerId: idSchema,
  kind: z.enum(['mou', 'pks']),
  ...draftFields,
});
export type CreateAgreementRequest = z.input<typeof createAgreementRequestSchema>;

export const updateAgreementRequestSchema = z.strictObject({
  ...z.object(draftFields).partial().shape,
  /** Addendum only: the changed provisions, one sentence each. */
  changes: z.array(text(3, 2000)).min(1).max(30).optional(),
  version: rowVersionSchema,
});
export type UpdateAgreementRequest = z.input<typeof updateAgreementRequestSchema>;

/** Renews an agreement unchanged (extension) or with changes (an addendum that also extends). */
export const extendAgreementRequestSchema = z.strictObject({
  mode: z.enum(['unchanged', 'with_addendum']),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  changes: z.array(text(3, 2000)).max(30).optional(),
  place: text(2, 120).optional(),
});
export const addendumRequestSchema = z.strictObject({
  changes: z.array(text(3, 2000)).min(1).max(30),
  subject: text(3, 300).optional(),
  place: text(2, 120).optional(),
});
export const terminateAgreementRequestSchema = z.strictObject({
  reason: text(3, 1000),
  version: rowVersionSchema,
});

export const agreementListQuerySchema = listQuerySchema.extend({
  status: z.enum(agreementStatuses).optional(),
  kind: z.enum(agreementKinds).optional(),
  partnershipId: idSchema.optional(),
  partnerId: idSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const documentFormatSchema = z.enum(['pdf', 'docx']);
export const agreementDocumentQuerySchema = z.strictObject({
  format: documentFormatSchema,
  /** An earlier version of a draft; the signed copy when omitted on an active agreement. */
  version: rowVersionQuerySchema.optional(),
});

export const agreementSignatureSummarySchema = z.object({
  id: idSchema,
  party: z.enum(['institution', 'partner']),
  signerName: z.string(),
  signerPosition: z.string(),
  method: z.enum(['drawn', 'uploaded_scan']),
  signedAt: isoDateTimeSchema,
  versionNumber: z.number().int(),
});

export const meteraiNoteSchema = z.object({
  id: idSchema,
  copyHolder: z.enum(['institution', 'partner']),
  kind: z.enum(['physical', 'e_meterai']),
  serial: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: isoDateTimeSchema,
});

export const agreementSummarySchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  partnershipName: z.string(),
  partnerId: idSchema,
  partnerName: z.string(),
  kind: z.enum(agreementKinds),
  subject: z.string(),
  status: z.enum(agreementStatuses),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  numbers: z.object({ institution: z.string().nullable(), partner: z.string().nullable() }),
  parentAgreementId: idSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});
export type AgreementSummary = z.output<typeof agreementSummarySchema>;

export const agreementSchema = agreementSummarySchema.extend({
  storedStatus: z.enum(storedAgreementStatuses),
  pattern: z.string().nullable(),
  patternName: z.string().nullable(),
  place: z.string(),
  datedOn: isoDateSchema.nullable(),
  currentVersion: z.number().int(),
  signatories: z.object({
    institution: z.object({ name: z.string(), position: z.string(), userId: idSchema.nullable() }),
    partner: z.object({ name: z.string(), position: z.string(), contactId: idSchema.nullable() }),
  }),
  witnesses: z.array(
    z.object({
      name: z.string(),
      position: z.string().nullable(),
      party: z.enum(['institution', 'partner']),
    }),
  ),
  terms: patternTermsSchema.nullable(),
  changes: z.array(z.string()).nullable(),
  clauseOverrides: z.record(z.string(), z.string()),
  /** Newer agreements made from this one (its extensions and addenda), oldest first. */
  childAgreementIds: z.array(idSchema),
  review: z.object({
    internalApprovedAt: isoDateTimeSchema.nullable(),
    internalApprovedByName: z.string().nullable(),
    partnerApprovedAt: isoDateTimeSchema.nullable(),
    partnerApprovedName: z.string().nullable(),
  }),
  signatures: z.array(agreementSignatureSummarySchema),
  meteraiNotes: z.array(meteraiNoteSchema),
  /** The signed copy: set when every party has signed and the agreement became active. */
  final: z
    .object({
      fileId: idSchema,
      sha256: z.string(),
      activatedAt: isoDateTimeSchema,
      sizeBytes: z.number().int(),
    })
    .nullable(),
  terminatedAt: isoDateTimeSchema.nullable(),
  terminationReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type Agreement = z.output<typeof agreementSchema>;

export const agreementPageSchema = pageSchema(agreementSummarySchema);

export const agreementVersionSchema = z.object({
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  createdByName: z.string().nullable(),
});
export const agreementVersionsResponseSchema = z.object({ items: z.array(agreementVersionSchema) });

export const compareVersionsQuerySchema = z.strictObject({
  from: rowVersionQuerySchema,
  to: rowVersionQuerySchema,
});
/** One article of the two versions side by side, as word-level parts (jsdiff's shape). */
export const articleComparisonSchema = z.object({
  title: z.string(),
  change: z.enum(['same', 'changed', 'added', 'removed']),
  parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
});
export const versionComparisonSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  articles: z.array(articleComparisonSchema),
  /** Fields outside the articles that differ (dates, signatories, numbers), by name. */
  changedFields: z.array(z.string()),
});

export const agreementCommentSchema = z.object({
  id: idSchema,
  versionNumber: z.number().int(),
  authorKind: z.enum(['internal', 'partner']),
  authorName: z.string(),
  articleTitle: z.string().nullable(),
  body: z.string(),
  resolvedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export const agreementCommentsResponseSchema = z.object({ items: z.array(agreementCommentSchema) });
export const createCommentRequestSchema = z.strictObject({
  body: text(1, 4000),
  articleTitle: optionalText(200),
});
export const resolveCommentRequestSchema = z.strictObject({ resolved: z.boolean() });

/** A link sent to the partner: review (comment, approve) or sign. */
export const partnerLinkRequestSchema = z.strictObject({ recipientName: optionalText(120) });
export const partnerLinkResponseSchema = z.object({
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  /** An editable WhatsApp draft (wa.me) and its plain text, in Indonesian. */
  whatsappUrl: z.string().nullable(),
  message: z.string(),
});

/** What a partner sees through a review link: the text of the draft, not the institution's records. */
export const publicAgreementReviewSchema = z.object({
  institutionName: z.string(),
  partnerName: z.string(),
  kind: z.enum(agreementKinds),
  heading: z.string(),
  subject: z.string(),
  status: z.enum(agreementStatuses),
  versionNumber: z.number().int(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  articles: z.array(z.object({ title: z.string(), paragraphs: z.array(z.string()) })),
  comments: z.array(agreementCommentSchema),
  partnerApprovedAt: isoDateTimeSchema.nullable(),
  expiresAt: isoDateTimeSchema,
});
export const publicCommentRequestSchema = z.strictObject({
  authorName: text(2, 120),
  body: text(1, 4000),
  articleTitle: optionalText(200),
});
export const publicApprovalRequestSchema = z.strictObject({
  name: text(2, 120),
  position: text(2, 120),
  versionNumber: rowVersionSchema,
});

/** What the partner's signatory sees before signing through a one-time link. */
export const publicSigningSchema = z.object({
  institutionName: z.string(),
  partnerName: z.string(),
  heading: z.string(),
  subject: z.string(),
  numbers: z.object({ institution: z.string().nullable(), partner: z.string().nullable() }),
  versionNumber: z.number().int(),
  signatory: z.object({ name: z.string(), position: z.string() }),
  alreadySigned: z.boolean(),
  expiresAt: isoDateTimeSchema,
});

/**
 * Multipart text parts of a signature: the signer confirms the name and position on record; the
 * file part `signature` is a PNG (drawn) or a PDF (the scanned signed copy).
 */
export const signatureFormSchema = z.strictObject({
  party: z.enum(['institution', 'partner']).optional(),
  method: z.enum(['drawn', 'uploaded_scan']),
  confirmName: text(2, 120),
  confirmPosition: text(2, 120),
  versionNumber: rowVersionQuerySchema,
});

export const publicSigningParamsSchema = z.strictObject({ id: idSchema, token: z.string().min(1).max(200) });
/** The partner reads the frozen version as a PDF (the DRAF marker stays until everyone has signed). */
export const publicSigningDocumentQuerySchema = z.strictObject({ format: z.literal('pdf') });
export const signatureFileParamsSchema = z.strictObject({ id: idSchema, signatureId: idSchema });

export const verificationResponseSchema = z.object({
  intact: z.boolean(),
  storedSha256: z.string(),
  computedSha256: z.string(),
  checkedAt: isoDateTimeSchema,
  /** `stored`: the kept signed file was re-read; `upload`: a copy someone sent was compared. */
  source: z.enum(['stored', 'upload']),
});

export const meteraiNoteRequestSchema = z
  .strictObject({
    copyHolder: z.enum(['institution', 'partner']),
    kind: z.enum(['physical', 'e_meterai']),
    serial: optionalText(60),
    note: optionalText(500),
  })
  .refine((value) => value.kind !== 'e_meterai' || Boolean(value.serial), {
    message: 'METERAI_SERIAL_REQUIRED',
    path: ['serial'],
  });

export const clauseTemplateSchema = z.object({
  key: z.string(),
  agreementKind: z.enum(agreementKinds),
  title: z.string(),
  body: z.string(),
  /** 0 for the built-in text the institution has not changed. */
  version: z.number().int(),
  isDefault: z.boolean(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export const clauseTemplatesResponseSchema = z.object({
  items: z.array(clauseTemplateSchema),
  placeholders: z.array(z.object({ name: z.string(), description: z.string() })),
});
export const saveClauseTemplateRequestSchema = z.strictObject({
  agreementKind: z.enum(agreementKinds),
  body: text(1, 20_000),
});
export const clauseVersionsResponseSchema = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      body: z.string(),
      createdAt: isoDateTimeSchema,
      createdByName: z.string().nullable(),
    }),
  ),
});

export const beritaAcaraKinds = ['agreement_reached', 'handover', 'monitoring_visit'] as const;
export const beritaAcaraRequestSchema = z.strictObject({
  kind: z.enum(beritaAcaraKinds),
  format: documentFormatSchema,
  heldOn: isoDateSchema,
  place: text(2, 120),
  /** What happened, one point per entry. */
  points: z.array(text(3, 2000)).min(1).max(30),
});
