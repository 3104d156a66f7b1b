import type { Catalog } from './catalog';

/** English words of implementation (guide step 8); spread into `en`. */
export const enActivities: Pick<
  Catalog,
  | 'activityStatuses'
  | 'activityParties'
  | 'evidenceKinds'
  | 'outcomeKinds'
  | 'activitiesUi'
  | 'publicEvidenceUi'
> = {
  activityStatuses: { planned: 'Planned', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  activityParties: { institution: 'Institution', partner: 'Partner', both: 'Both' },
  evidenceKinds: { photo: 'Photo', attendance: 'Attendance list', document: 'Document' },
  outcomeKinds: {
    learners_trained: 'Learners trained',
    graduates_hired: 'Graduates hired',
    graduates_in_business: 'Graduates in business',
    internship_places: 'Internship places',
    guest_instructor_hours: 'Guest instructor hours',
    other: 'Other',
  },
  activitiesUi: {
    title: 'Implementation',
    intro:
      'Record the activities done and under way against the work plan: dates, actual figures, spending and evidence (step 8).',
    emptyTitle: 'No activities recorded yet',
    emptyBody:
      'Each time an activity of the work plan is carried out, record it here with its photos and attendance list. This evidence feeds monitoring, evaluation and reports to the education office.',
    emptyNoPlan: 'Draw up the joint work plan first, or record an activity outside the plan.',
    record: 'Record activity',
    recordFor: 'Record',
    edit: 'Edit',
    delete: 'Delete',
    deleteTitle: 'Delete this activity?',
    deleteBody:
      'The activity "{title}" and its {count} pieces of evidence will be deleted. This cannot be undone.',
    deleted: 'Activity deleted',
    saved: 'Activity saved',
    modalNew: 'Record activity',
    modalEdit: 'Edit activity',
    planItem: 'Work plan item',
    unplannedOption: 'Outside the work plan',
    unplanned: 'Unplanned',
    unplannedGroup: 'Activities outside the plan',
    otherPlanGroup: 'Activities of other work plans',
    activityTitle: 'Activity name',
    status: 'Status',
    carriedOutBy: 'Carried out by',
    startedOn: 'Start date',
    endedOn: 'End date',
    actualQuantity: 'Actual value (number)',
    actualQuantityHint: 'Target of this item: {target}',
    outcomeKind: 'Counts as',
    outputs: 'Outputs',
    notes: 'Notes',
    institutionSpent: 'Spent by the institution (Rp)',
    partnerSpent: 'Spent by the partner (Rp)',
    save: 'Save',
    cancel: 'Cancel',
    notStarted: 'No activity for this item yet',
    actualOfTarget: '{actual} of {target} {unit}',
    planned: 'Planned: {period}',
    spent: 'Spent: {amount}',
    evidence: 'Evidence',
    noEvidence: 'No evidence yet',
    addEvidence: 'Add evidence',
    evidenceKind: 'Kind of evidence',
    evidenceCaption: 'Caption',
    evidenceFile: 'File',
    evidenceHint:
      'Photos (JPG, PNG, WebP) or PDF, at most 10 MB. GPS locations in photos are removed automatically.',
    upload: 'Upload',
    uploaded: 'Evidence uploaded',
    removeEvidence: 'Remove evidence',
    removeEvidenceBody: 'This evidence file will be deleted for good.',
    byPartner: 'from the partner: {name}',
    evidenceLink: 'Evidence link for the partner',
    evidenceLinkTitle: 'Activity evidence link for the partner',
    evidenceLinkIntro:
      'The partner can upload photos and attendance lists for its own activities without an account. The link works until {until} and can be used repeatedly.',
    recipientName: 'Recipient name (optional)',
    createLink: 'Create link',
    link: 'Link',
    message: 'WhatsApp message',
    openWhatsApp: 'Open in WhatsApp',
    evaluationNote: 'Evaluation note',
  },
  publicEvidenceUi: {
    pageTitle: 'Partnership activity evidence',
    from: '{institution} asks for evidence of the {partnership} partnership with {partners}.',
    why: 'Choose an activity that is yours, then upload a photo, an attendance list or another document. No account needed.',
    noItems: 'No activity of the work plan is the partner’s.',
    chooseItem: 'Activity',
    yourName: 'Your name',
    send: 'Send evidence',
    sent: 'Thank you, {institution} has received the evidence.',
    already: 'Evidence received so far',
    linkProblemTitle: 'The link cannot be opened',
    validUntil: 'This link works until {until}.',
    period: '{from} – {to}',
  },
};
