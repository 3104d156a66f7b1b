import type { Catalog } from './catalog';

/** English words of notifications, the daily digest and the calendar feed; spread into `en`. */
export const enNotifications: Pick<Catalog, 'notificationsUi'> = {
  notificationsUi: {
    bellLabel: 'Notifications',
    unreadBadge: '{count} unread',
    listTitle: 'Notifications',
    empty: 'No notifications yet. Reminders from the partner care agenda appear here every morning.',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    openCare: 'Open partner care',
    loadMore: 'Load more',
    dueOn: 'Due {date}',
    institutionWide: 'Whole institution',
    reasons: {
      cadence_due: 'Time to contact the partner',
      occasion_coming: 'Coming occasion',
      agreement_expiring: 'Agreement ending soon',
      follow_up_due: 'Follow-up due',
      feedback_unanswered: 'Feedback not answered',
    },
    digestSubject: 'Jalin agenda today — {count} to look at',
    digestGreeting: 'Dear {name},',
    digestIntro: 'These partner care items need your attention today:',
    digestOpen: 'Open the full agenda in Jalin: {url}',
    digestFooter:
      'Jalin sends this email once a day. Each reminder is sent once; the same reminders are under the notification bell.',
    calendarMenu: 'Calendar subscription',
    calendarTitle: 'Calendar subscription',
    calendarIntro:
      'Show meetings, activities, follow-ups, reminders and occasions (holidays, agreement anniversaries) in Google Calendar, Thunderbird or your phone’s calendar app. The app refreshes the calendar by itself.',
    calendarNone: 'No calendar link yet.',
    calendarActiveSince: 'Link active since {date}. The full link is shown only once, when created.',
    calendarCreate: 'Create calendar link',
    calendarRotate: 'Create a new link (the old one stops working)',
    calendarRevoke: 'Revoke link',
    calendarRevoked: 'Calendar link revoked.',
    calendarCopyNow: 'Copy this link now: Jalin keeps only its fingerprint and cannot show it again.',
    calendarUrlLabel: 'Calendar link (secret)',
    calendarSecret:
      'Anyone holding this link can see your institution’s schedule. Do not share it; revoke it if it leaks.',
    calendarHowGoogle:
      'Google Calendar (on a computer): Settings → Add calendar → From URL → paste the link → Add calendar. Google refreshes subscribed calendars every few hours.',
    calendarHowThunderbird:
      'Thunderbird: Calendar → New Calendar → On the Network → paste the link as the location → Find Calendars → Subscribe.',
    calendarHowPhone:
      'Phone: once added in Google Calendar, it also shows in the Google Calendar app on phones signed in to the same account.',
    calendarEventPrefix: {
      meeting: 'Meeting',
      activity: 'Activity',
      followUp: 'Follow-up',
      reminder: 'Reminder',
      occasion: 'Occasion',
    },
  },
};
