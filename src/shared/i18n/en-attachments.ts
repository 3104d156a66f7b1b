import type { Catalog } from './catalog';

/** English texts of photos and documents attached to a logged contact; spread into `en`. */
export const enAttachments: Pick<Catalog, 'attachmentsUi'> = {
  attachmentsUi: {
    addPhoto: 'Add photo',
    addDocument: 'Attach document',
    hint: 'Photos (JPG, PNG, WebP) or PDF documents, at most 10 MB per file and {max} files per record. GPS locations in photos are removed automatically.',
    remove: 'Remove {name}',
    tooLarge: 'Over 10 MB: it will not be uploaded. Make it smaller or choose another file.',
    tooMany: 'At most {max} attachments per record; the extra files were not added.',
    waiting: 'Waiting',
    uploading: 'Uploading… {percent}%',
    uploaded: 'Uploaded',
    failed: 'Failed',
    progress: 'Uploading attachment {done} of {total}',
    savedWithFailures:
      'The interaction is saved, but {count} attachment(s) could not be uploaded. The reasons are shown below. You can try again or close without them.',
    retry: 'Try uploading again',
    close: 'Close',
    savedAllUploaded: 'Interaction and {count} attachment(s) saved.',
    photoAlt: 'Visit photo: {name}',
    openFull: 'Open full size',
    document: 'PDF document',
    addToRecord: 'Add photo/document',
    addToRecordTitle: 'Add photos/documents to the record',
    alreadyAttached: 'This record has {count} attachment(s); {room} more can be added.',
    upload: 'Upload attachments',
    addedAll: '{count} attachment(s) added to the record.',
    addedWithFailures:
      '{count} attachment(s) could not be uploaded. The reasons are shown below. The others are saved; you can try again or close without them.',
    removeAttachment: 'Remove attachment',
    removeAttachmentNamed: 'Remove attachment {name}',
    removeTitle: 'Remove attachment?',
    removeBody:
      '"{name}" will be removed from this interaction record together with its file. This cannot be undone.',
    removed: 'Attachment "{name}" removed.',
  },
};
