import type { Catalog } from './catalog';

/** English words of notifications, the daily digest and the calendar feed; spread into `en`. */
export const enNotifications: Pick<Catalog, 'notificationsUi'> = {
  notificationsUi: {
    placeholder: 'Notifications',
  },
};
