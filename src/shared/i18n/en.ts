import type { Catalog } from './catalog';
import { enAgreementSigning } from './en-agreement-signing';
import { enAgreements } from './en-agreements';
import { enAttachments } from './en-attachments';
import { enEngagement } from './en-engagement';
import { enMeetings } from './en-meetings';
import { enActivities } from './en-activities';
import { enWorkPlans } from './en-work-plans';
import { enMonitoring } from './en-monitoring';
import { enEvaluations } from './en-evaluations';
import { enEvidencePack } from './en-evidence-pack';
import { enGatherings } from './en-gatherings';
import { enMessages } from './en-messages';
import { enNotifications } from './en-notifications';
import { enFeedback } from './en-feedback';
import { enOccasions } from './en-occasions';
import { enCare } from './en-care';
import { enFollowUps } from './en-follow-ups';
import { enNeeds } from './en-needs';
import { enPartnerImport } from './en-partner-import';
import { enPartnershipPatterns } from './en-partnership-patterns';
import { enPartnerMerge } from './en-partner-merge';
import { enPartners } from './en-partners';
import { enRegions } from './en-regions';
import { enSettings } from './en-settings';

/** English, the second language. Typed as `Catalog`: a missing key fails to compile. */
export const en: Catalog = {
  common: {
    appName: 'Jalin',
    tagline: 'Weaving partnerships for course and training institutions',
    save: 'Save',
    cancel: 'Cancel',
    done: 'Done',
    open: 'Open',
    loadMore: 'Load more',
    loading: 'Loading…',
    retry: 'Try again',
    copy: 'Copy',
    copied: 'Copied',
    apply: 'Apply',
    none: '—',
    never: 'Never',
    you: 'You',
    actions: 'Actions',
    requestId: 'Request ID: {id}',
    errorTitle: 'Something went wrong',
    noAccessTitle: 'This page is not for your role',
    noAccessBody:
      'Your role does not include this area. If you need it, please ask your institution manager.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address does not exist in Jalin. Check the link or go back to the home page.',
    backHome: 'Back to home',
    pageErrorBody:
      'This page failed to load. Reload it; if it happens again, give the request ID to your admin.',
  },
  locales: { id: 'Bahasa Indonesia', en: 'English', label: 'Language', shortId: 'ID', shortEn: 'EN' },
  kinds: {
    LKP: 'LKP (course and training institution)',
    LPK: 'LPK (job training institution)',
    other: 'Other',
  },
  timeZones: {
    WIB: 'WIB (Western Indonesia Time, UTC+7)',
    WITA: 'WITA (Central Indonesia Time, UTC+8)',
    WIT: 'WIT (Eastern Indonesia Time, UTC+9)',
  },
  roles: {
    admin: 'Admin',
    manager: 'Manager (Pengelola)',
    facilitator: 'Facilitator (Pendamping)',
    viewer: 'Viewer (Peninjau)',
    supervisor: 'Supervisor (Penilik)',
  },
  roleDescriptions: {
    admin: 'Administers all of Jalin, including other institutions and supervisor accounts.',
    manager: 'Manages partnerships, users and the institution settings.',
    facilitator: 'Maps, visits and accompanies partners in the field.',
    viewer: 'Only reads the institution data.',
    supervisor: 'District education office supervisor: reads the roll-up of their region.',
  },
  userStatus: { active: 'Active', invited: 'Invited', disabled: 'Disabled' },
  errors: {
    VALIDATION_FAILED: 'Some fields are not valid yet. Check the marked fields.',
    MALFORMED_JSON: 'The server could not read the request. Reload the page and try again.',
    UNSUPPORTED_MEDIA_TYPE: 'This kind of data is not accepted here.',
    PAYLOAD_TOO_LARGE: 'The data or file is too large. Make it smaller and try again.',
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    INVALID_CREDENTIALS: 'Wrong email or password. Check them and try again.',
    LOGIN_THROTTLED: 'Too many failed sign-ins. Please wait a moment and try again.',
    FORBIDDEN: 'Your role does not allow this.',
    CSRF_INVALID: 'This page session is out of date. Reload the page and try again.',
    ROUTE_NOT_FOUND: 'This feature is not available on the server yet.',
    INSTITUTION_NOT_FOUND: 'Institution not found.',
    USER_NOT_FOUND: 'User not found.',
    API_TOKEN_NOT_FOUND: 'API token not found; it may have been revoked.',
    PARTNER_NOT_FOUND: 'Partner not found; it may have been merged or removed.',
    CONTACT_NOT_FOUND: 'Contact person not found; it may have been removed.',
    TEMPLATE_PLACEHOLDER_UNKNOWN:
      'The template uses an unknown placeholder: {placeholders}. Check the spelling.',
    MESSAGE_TEMPLATE_NOT_FOUND: 'Message template not found; it may have been removed.',
    MESSAGE_NOT_FOUND: 'Message not found.',
    MESSAGE_ALREADY_CONFIRMED: 'This message was already confirmed.',
    MESSAGE_OCCASION_NOT_FOUND: 'The occasion of this greeting was not found.',
    CONTACT_CONSENT_WITHDRAWN: 'This contact person withdrew consent; the message cannot be sent.',
    CONTACT_CONSENT_ALREADY_WITHDRAWN: 'This contact person already withdrew consent.',
    GREETING_NOT_FOR_CONTACT:
      'This religious greeting only goes to contacts whose recorded observance (with consent) matches.',
    CONTACT_HAS_NO_WHATSAPP: 'This contact person has no WhatsApp number.',
    CONTACT_HAS_NO_EMAIL: 'This contact person has no email address.',
    PARTNER_POSSIBLE_DUPLICATE:
      'This partner seems to be registered already. Check the list below before saving.',
    CATEGORY_EXISTS: 'A category with this name already exists.',
    CATEGORY_NOT_FOUND: 'Category not found; it may have been deleted.',
    CATEGORY_IN_USE:
      '{partnerCount} partners still use this category. Change their category first, then delete this one.',
    PARTNER_MERGED: 'This partner has been merged into another one.',
    PARTNER_MERGE_SELF: 'A partner cannot be merged with itself. Choose another partner.',
    EXPORT_TOO_LARGE: 'Too many rows for one export; narrow the filters.',
    JOB_NOT_FOUND: 'Job not found.',
    JOB_RESULT_NOT_READY: 'The job has not finished yet. Wait a moment and try again.',
    PARTNERSHIP_NOT_FOUND: 'Partnership not found.',
    PARTNERSHIP_MOVE_NOT_ALLOWED: 'The partnership cannot move from this stage to that one.',
    PARTNERSHIP_GATE_UNMET: 'That stage cannot start yet because its condition is not met.',
    PARTNERSHIP_PATTERN_UNKNOWN:
      'This partnership pattern is unknown; it may have been deleted. Choose another.',
    PATTERN_EXISTS: 'A partnership pattern with this name already exists.',
    PATTERN_NOT_FOUND: 'Partnership pattern not found; it may have been deleted.',
    PATTERN_IN_USE:
      'This pattern is still used by {partnershipCount} partnerships. Change their pattern first, then delete this one.',
    INTERACTION_NOT_FOUND: 'Interaction not found.',
    NEED_NOT_FOUND: 'Need not found.',
    NEED_HAS_DECISIONS:
      'Decisions on partners were recorded for this need, so it cannot be deleted. Set its status to "Dropped" instead.',
    NEED_PERIOD_INVALID: 'The end date cannot be before the start date.',
    MEETING_NOT_FOUND: 'Exploration meeting not found; it may have been deleted.',
    LINK_NOT_FOUND:
      'This link is unknown or not for this document. Ask the institution that sent it for a new one.',
    LINK_EXPIRED: 'This link has expired. Ask the institution that sent it for a new one.',
    LINK_USED: 'This link has already been used. Each signing link works once.',
    LINK_REVOKED: 'The institution withdrew this link. Ask for a new one if you still need it.',
    WORK_PLAN_NOT_FOUND: 'Work plan not found; it may have been deleted.',
    WORK_PLAN_EXISTS:
      'This partnership already has a work plan for that cycle year. Open the existing plan to change it.',
    WORK_PLAN_APPROVED: 'A work plan under review or approved by the partner cannot be deleted.',
    WORK_PLAN_EMPTY: 'Add at least one activity before sending the work plan to the partner.',
    WORK_PLAN_PERIOD_INVALID: 'An activity cannot end before it starts.',
    WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET:
      "The institution's and the partner's contributions add up to more than the activity's budget.",
    WORK_PLAN_CHANGED:
      'The institution has just changed this work plan. Reload the page to see the latest version before answering.',
    AGREEMENT_NOT_FOUND: 'Agreement not found; it may have been deleted.',
    AGREEMENT_NOT_EDITABLE: 'This agreement is waiting for signatures, so its text can no longer change.',
    AGREEMENT_SIGNED:
      'This agreement has been signed. Changes are made through an addendum or a new agreement.',
    AGREEMENT_PERIOD_INVALID: "The agreement's end date cannot be before its start date.",
    AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP: 'This partner is not a party to the chosen partnership.',
    AGREEMENT_TERMS_PATTERN_MISMATCH: "The terms filled in are not for this agreement's partnership pattern.",
    AGREEMENT_NOT_READY: 'The agreement is not complete enough to sign yet. Fill in the parts named first.',
    AGREEMENT_VERSION_STALE: 'This agreement has a newer version. Reload the page to read the latest one.',
    AGREEMENT_NOT_EXTENDABLE: 'Only an active, expiring or expired agreement can be extended or amended.',
    AGREEMENT_VERSION_NOT_FOUND: 'This version of the agreement was not found.',
    EVALUATION_EXISTS: 'This partnership already has an evaluation for that cycle year.',
    EVALUATION_PLAN_MISSING: 'There is no joint work plan for that cycle year to evaluate.',
    EVALUATION_ITEM_UNKNOWN: 'An item does not belong to this evaluation.',
    EVALUATION_INCOMPLETE: "Fill in the institution's part first: the goals summary and satisfaction.",
    DECISION_REASON_REQUIRED: 'A decision needs its reason.',
    EVALUATION_DECIDED: 'This evaluation has already been decided.',
    EVALUATION_STAGE_INVALID:
      'The partnership is not at monitoring and evaluation or improvement, so the decision cannot be recorded.',
    EVALUATION_NOT_CONTINUING: 'Only a decision to continue leads to a next plan or an addendum/extension.',
    EVALUATION_FOLLOW_UP_DONE: 'This follow-up has already been created.',
    EVALUATION_NO_ACTIVE_AGREEMENT: 'The partnership has no agreement in force to amend or extend.',
    FOLLOW_UP_ROW_INCOMPLETE:
      'Every follow-up row needs activity, target, timing, person responsible and success indicator.',
    COMMENT_NOT_FOUND: 'Comment not found.',
    CLAUSE_PLACEHOLDER_UNKNOWN: 'The clause text uses unknown placeholders. Check the names listed.',
    CLAUSE_KEY_UNKNOWN: 'This clause is not known.',
    PROFIT_SHARES_NOT_100: "The two parties' profit shares must total 100 percent.",
    CADENCE_OUT_OF_RANGE: 'A contact cadence is 1 to 365 days, or empty for the default.',
    RISK_SHARES_NOT_100: "The two parties' risk shares must total 100 percent.",
    PERCENT_PRECISION: 'Percentages take at most two decimals.',
    PERCENT_REQUIRED: 'The commission or margin must be above zero percent.',
    CONTRIBUTION_REPEATED: 'The same contribution is listed twice for one party.',
    AMOUNT_REQUIRED: 'Capital help needs an amount in rupiah.',
    GRACE_EXCEEDS_TERM: 'The grace period must be shorter than the repayment term.',
    REPAYMENT_WITHOUT_LOAN: 'Repayment terms apply only when there is capital or equipment help.',
    LOCATION_REQUIRED: 'Name the business location provided.',
    MEETING_ENDS_BEFORE_START: 'The end time cannot be before the start time.',
    MEETING_PLACE_MISSING: 'Enter a meeting place or an online meeting link.',
    MEETING_NOT_STARTED: 'The outcome can be recorded only once the meeting has started.',
    MEETING_MATERIAL_MISSING: 'Choose a material file (PDF or image) first.',
    INTERACTION_IN_FUTURE: 'An interaction cannot be dated more than one day ahead.',
    FOLLOW_UP_MISSING: 'This interaction has no follow-up task.',
    ATTACHMENT_NOT_FOUND: 'Attachment not found. It may have been removed.',
    ATTACHMENT_FILE_MISSING: 'Choose a photo or PDF document to attach.',
    ATTACHMENT_LIMIT_REACHED: 'This record already has {max} attachments. Remove one before adding another.',
    IMPORT_FILE_MISSING: 'Choose an XLSX or CSV file first.',
    IMPORT_FILE_TYPE: 'Only XLSX or CSV files can be imported. This file is neither, whatever its name says.',
    IMPORT_FILE_EMPTY: 'The file has no data rows under its header row.',
    IMPORT_FILE_UNREADABLE: 'The file could not be read. Save it again as XLSX or CSV and retry.',
    IMPORT_ZIP_BOMB: 'This XLSX expands far beyond a normal size, so it was refused for safety.',
    IMPORT_XML_ENTITY:
      'This XLSX contains XML declarations that are not allowed (DOCTYPE/ENTITY), so it was refused.',
    IMPORT_MAPPING_INCOMPLETE:
      'Choose the columns for the partner name and the regency/city (or region code) first.',
    SIGNER_MISMATCH:
      'The name or position differs from the signatory recorded in the agreement. Check the spelling, or ask the institution to correct the signatory.',
    ALREADY_SIGNED: 'This party has already signed this version of the agreement.',
    AGREEMENT_NOT_AWAITING_SIGNATURES:
      'This agreement is not (or no longer) awaiting signatures. Send it for signatures first.',
    SIGNATURE_FILE_INVALID:
      'The signature must be a PNG drawing (at most 1 MB) or a readable PDF scan of the signed copy (at most 10 MB).',
    AGREEMENT_NOT_ACTIVE:
      'Only an agreement signed by every party (active) can be verified or given a meterai note.',
    METERAI_SERIAL_REQUIRED: 'Enter the e-Meterai serial number.',
    FILE_NOT_FOUND: 'File not found.',
    REGION_NOT_FOUND: 'Region not found. Choose a region from the list.',
    PROBLEM_NOT_FOUND: 'Problem not found; it may have been deleted.',
    MONITORING_VISIT_NOT_FOUND: 'Monitoring visit not found; it may have been deleted.',
    SOLUTION_REQUIRED: 'Write down the solution before marking this problem solved.',
    PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP: 'The chosen activity is not one of this partnership.',
    EVALUATION_NOT_FOUND: 'Evaluation not found.',
    PROGRAMME_NOT_FOUND: 'No partnership has this programme.',
    ACTIVITY_NOT_FOUND: 'Activity not found.',
    EVIDENCE_NOT_FOUND: 'Evidence not found.',
    ACTIVITY_ITEM_NOT_IN_PARTNERSHIP: "That work plan item is not part of this partnership's plans.",
    ACTIVITY_PERIOD_INVALID: 'The end date cannot be before the start date.',
    ACTIVITY_DATES_REQUIRED: 'A finished activity needs its start and end dates.',
    ACTIVITY_QUANTITY_INVALID: 'The actual value must be a number of 0 or more, e.g. 18.',
    ACTIVITY_SPENDING_INVALID: 'Spending must be whole rupiah, 0 or more.',
    ITEM_NOT_PARTNERS: "This item is not the partner's responsibility.",
    HOLIDAY_NOT_FOUND: 'Holiday not found.',
    OCCASION_NOT_FOUND: 'Occasion not found.',
    OCCASION_RANGE_INVALID:
      'The date range is invalid (the end before the start, or longer than three years).',
    GATHERING_NOT_FOUND: 'Gathering not found.',
    GATHERING_ENDS_BEFORE_START: 'The gathering must end after it starts.',
    GATHERING_REPLY_CLOSED: 'Replies are closed: the gathering has started or was cancelled.',
    GATHERING_NOT_OPEN: 'Invitations can only be sent for a planned gathering that has not started.',
    INVITATION_NOT_FOUND: 'Invitation not found.',
    ATTENDEE_COUNT_REQUIRED: 'Say how many people will attend.',
    VERSION_CONFLICT: 'Someone else has just changed this. Load the latest data and try again.',
    EMAIL_TAKEN: 'This email is already used by another user.',
    PASSWORD_TOO_WEAK: 'This password is too easy to guess. Use a longer one or a sentence you can remember.',
    LINK_INVALID:
      'This link was already used, has expired or is incomplete. Ask your institution manager for a new link.',
    SETUP_ALREADY_DONE: 'Jalin has already been set up. Please sign in.',
    ROLE_NOT_ASSIGNABLE: 'You cannot give this role.',
    CANNOT_CHANGE_OWN_ACCESS: 'You cannot change your own role or disable your own account.',
    FILE_TYPE_NOT_ALLOWED: 'This kind of file is not accepted here. Check which file types are allowed.',
    FILE_CONTENT_UNREADABLE: 'This image is damaged or unreadable. Try taking the photo again.',
    FEEDBACK_REQUEST_NOT_FOUND: 'Feedback request not found.',
    FEEDBACK_REQUEST_CLOSED: 'This feedback request was already answered or cancelled.',
    VALUE_RECORD_NOT_FOUND: 'Value record not found; it may have been deleted.',
    VALUE_RECORD_IN_FUTURE: 'The date cannot be in the future; record what was already given.',
    NOTIFICATION_NOT_FOUND: 'Notification not found.',
    CALENDAR_FEED_NOT_FOUND:
      'This calendar link is not valid: mistyped or revoked. Create a new link in Jalin.',
    RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
    INTERNAL:
      'Something went wrong on the server. Try again shortly; if it repeats, give the request ID to your admin.',
  },
  clientErrors: {
    NETWORK_ERROR: 'Cannot reach the server. Check your internet connection and try again.',
    UNEXPECTED_RESPONSE: 'The server answered something unexpected. Reload the page and try again.',
  },
  fields: {
    required: 'Required.',
    tooShort: 'At least {min} characters.',
    tooLong: 'At most {max} characters.',
    email: 'Enter a valid email address, e.g. name@institution.id.',
    date: 'Enter a valid date.',
    npsn: 'An NPSN is the letter K followed by 7 digits, e.g. K1234567.',
    regionCode: 'A region code is dotted digits, e.g. 63.72.',
    patternMissingSequence: 'The pattern must contain a sequence number, e.g. {seq:3}.',
    patternUnknownToken:
      'The pattern has an unknown token. Use {seq:3}, {kind}, {unit}, {monthRoman}, {month}, {year}.',
    patternUnbalancedBraces: 'The curly braces { } in the pattern are not balanced.',
    passwordTooShort: 'The password needs at least 8 characters.',
    passwordMismatch: 'The two passwords are not the same.',
    invalid: 'This value is not valid.',
    fileTooLarge: 'The file may be at most 1 MB.',
    fileType: 'Use a PNG or JPEG image.',
    fixBelow: 'Check the marked fields.',
  },
  nav: {
    main: 'Main menu',
    home: 'Home',
    followUps: 'Follow-ups',
    partners: 'Partners',
    partnerships: 'Partnerships',
    monitoring: 'Monitoring',
    needs: 'Needs',
    agreements: 'Agreements',
    activities: 'Activities',
    care: 'Partner care',
    reports: 'Reports',
    settings: 'Settings',
    institutionProfile: 'Institution profile',
    users: 'Users',
    audit: 'Audit log',
    apiTokens: 'API tokens',
    partnerCategories: 'Partner categories',
    clauseLibrary: 'Clause library',
    messageTemplates: 'Message templates',
    holidays: 'Holidays',
    partnershipPatterns: 'Partnership patterns',
  },
  shell: {
    toggleNavigation: 'Open or close the menu',
    userMenu: 'User menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    language: 'Language',
    localeSaveFailed: 'Your language choice was not saved to your account.',
  },
  signIn: {
    title: 'Sign in to Jalin',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    throttled: 'Too many failed sign-ins. Please try again in {minutes} minutes.',
    passwordSet: 'Your password has been saved. Please sign in.',
    signedOut: 'You have signed out. See you soon!',
    needsSetup:
      'Jalin has not been set up yet. Open the setup link the server printed when it first started.',
    forgot: 'Forgot your password? Ask your institution manager for a new password link.',
  },
  setup: {
    title: 'Set up Jalin',
    intro: 'You will create the first institution and its manager account. This is done only once.',
    institutionSection: 'Institution',
    managerSection: 'Manager account',
    institutionName: 'Institution name',
    institutionNamePlaceholder: 'e.g. LKP Tas Rajut Banjarbaru',
    kind: 'Institution kind',
    timeZone: 'Time zone',
    managerName: 'Manager name',
    email: 'Email',
    password: 'Password',
    passwordHint: 'At least 8 characters. A long sentence you can remember is fine too.',
    confirmPassword: 'Repeat the password',
    submit: 'Set up Jalin',
    done: 'Jalin is ready. Welcome!',
    alreadyDone: 'Jalin has already been set up. Please sign in with your account.',
    missingToken:
      'The setup link is incomplete. Open the full link (with its token) the server printed when it first started.',
    goToSignIn: 'Go to sign-in',
  },
  setPassword: {
    title: 'Set your password',
    intro: 'Welcome, {name}. Create a password for the account {email} at {institution}.',
    password: 'New password',
    passwordHint: 'At least 8 characters. A long sentence you can remember is fine too.',
    confirm: 'Repeat the password',
    submit: 'Save password',
    invalidTitle: 'This link is not valid',
    invalidBody:
      'This link was already used, has expired or is incomplete. Ask your institution manager for a new link.',
  },
  home: {
    welcome: 'Welcome, {name}',
    intro:
      'This is the home page of {institution}: today’s agenda (partners to contact and why), your follow-ups, and the first steps.',
    startHere: 'Start here',
    stepProfile: 'Complete the institution profile',
    stepProfileHint: 'NPSN, address, operating licence and accreditation go into letterheads and agreements.',
    stepUsers: 'Add users',
    stepUsersHint: 'Invite the managers and facilitators who work with you.',
    stepNumbering: 'Set the document number pattern',
    stepNumberingHint: 'MoU and PKS numbers are made automatically from this pattern.',
    done: 'Done',
    todo: 'To do',
  },
  areas: {
    comingSoon: 'This area arrives in a coming version of Jalin.',
    meanwhile: 'Meanwhile, you can prepare:',
    actionProfile: 'Complete the institution profile',
    actionViewProfile: 'View the institution profile',
    actionUsers: 'Add facilitators',
    actionNumbering: 'Set the document number pattern',
    partners: {
      step: 'Step 1: Mapping partners',
      purpose:
        'The registry of prospective and current partners: businesses (DUDI), cooperatives, community groups, community figures and government bodies, with regions, a map and Excel import.',
    },
    partnerships: {
      step: 'Steps 2–11: From gathering information to the follow-up plan',
      purpose:
        'Each partnership’s journey on one board: exploration, joint work plan, agreement, implementation, monitoring and evaluation, improvement and follow-up.',
    },
    needs: {
      step: 'Step 3: Analysing information',
      purpose:
        'The institution’s needs (internships, instructors, graduate placement, equipment, markets) and the most relevant partners, with the reasons.',
    },
    agreements: {
      step: 'Steps 6, 7 and 11: Agreement, signing, extension',
      purpose:
        'Memoranda of understanding (MoU), cooperation agreements (PKS), addenda and extensions: drafts, signatures and expiry reminders.',
    },
    activities: {
      step: 'Steps 8–9: Implementation, monitoring and evaluation',
      purpose:
        'Activities carried out with partners, their evidence (photos, attendance, outputs) and flags when an activity is late.',
    },
    care: {
      step: 'Part C: Keeping partnerships alive',
      purpose:
        'The health of each partner relationship, contact cadence, a holiday calendar for greetings, partner feedback and partner gatherings.',
    },
    reports: {
      step: 'Reports and partnership evidence',
      purpose:
        'Dashboards, the annual report and partnership evidence packs for PKK/PKW proposals and the education office.',
    },
  },
  ...enSettings,
  ...enAgreementSigning,
  ...enAgreements,
  ...enPartners,
  ...enPartnerImport,
  ...enPartnerMerge,
  ...enRegions,
  ...enEngagement,
  ...enMeetings,
  ...enWorkPlans,
  ...enActivities,
  ...enMonitoring,
  ...enEvaluations,
  ...enEvidencePack,
  ...enGatherings,
  ...enMessages,
  ...enNotifications,
  ...enFeedback,
  ...enOccasions,
  ...enCare,
  ...enNeeds,
  ...enFollowUps,
  ...enAttachments,
  ...enPartnershipPatterns,
};
