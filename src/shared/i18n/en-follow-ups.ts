import type { idFollowUps } from './id-follow-ups';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of follow-up reminders and the engagement filters; keys match `idFollowUps`. */
export const enFollowUps: Texts<typeof idFollowUps> = {
  followUps: {
    title: 'Follow-ups',
    intro: 'Follow-up tasks from the contact log with partners, soonest due first.',
    cardTitle: 'My follow-ups',
    overdueSection: 'Overdue',
    weekSection: 'This week',
    overdueBadge: 'Overdue',
    overdueCount: '{count} overdue',
    overdueCountLabel: '{count} follow-ups overdue',
    dueOn: 'Due {date}',
    dueToday: 'Due today',
    doneOn: 'Done {date}',
    markDone: 'Done',
    markDoneLabel: 'Mark done: {task}',
    reopen: 'Reopen',
    doneToast: 'Follow-up marked done.',
    reopenedToast: 'Follow-up reopened.',
    noPartnership: 'No partnership',
    seeAll: 'See all follow-ups',
    cardEmptyTitle: 'No follow-ups this week',
    cardEmptyBody:
      'When you log a contact with a partner, fill in "Follow-up" and its due date; the task will show here.',
    emptyOpenTitle: 'No open follow-ups',
    emptyDoneTitle: 'No follow-ups done yet',
    emptyBody: 'Follow-ups come from the contact log. Log a contact from a partner or partnership page.',
    scope: 'Whose',
    scopeMine: 'Mine',
    scopeAll: 'Everyone’s',
    status: 'Status',
    statusOpen: 'Open',
    statusDone: 'Done',
    partnersLabel: 'Partners',
  },
  engagementFilters: {
    partnerCategory: 'Partner category',
    partnerRegion: 'Partner region',
    programme: 'Programme',
    programmePlaceholder: 'e.g. PKW',
    stage: 'Partnership stage',
    pattern: 'Partnership pattern',
    stageBadgeLabel: 'Partnership stage: {stage}',
  },
};
