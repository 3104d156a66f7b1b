/** What a visit's record can carry: photos taken there and the documents handed over. */
export const attachmentKinds = ['photo', 'document'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const attachmentDocumentTypes = ['application/pdf'] as const;

/** A phone photo is 2–8 MB and a scanned brochure a few MB; more is not what a visit produces. */
export const attachmentMaxBytes = 10 * 1024 * 1024;
/** Enough for a thorough visit; beyond it the record stops being readable on a phone. */
export const attachmentsPerInteractionMax = 20;
export const attachmentCaptionMaxLength = 500;
