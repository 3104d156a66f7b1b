import type { Catalog } from './catalog';

/** English texts of working without a connection; spread into `en`. */
export const enOffline: Pick<Catalog, 'offline'> = {
  offline: {
    synced: 'Synced',
    offline: 'Offline',
    sending: 'Sending…',
    waiting: '{count} waiting',
    conflicts: '{count} to choose',
    refused: '{count} refused',
    buttonLabel: 'Sync: {state}',
    panelTitle: 'Sync',
    panelOnline: 'Connected to the server. Waiting records are sent automatically.',
    panelOffline: 'No connection. New records are kept on this device and sent automatically once connected.',
    unavailable:
      'This browser does not allow storage on the device (perhaps a private window). Records can only be saved while connected.',
    lastSynced: 'Last synced {time}.',
    empty: 'Nothing is waiting. Everything is on the server.',
    sendNow: 'Send now',
    stateWaiting: 'Waiting to be sent',
    stateConflict: 'Changed on the server: choose a version',
    stateRefused: 'Refused by the server',
    filesLeft: '{count} files not sent yet',
    resolve: 'Compare and choose',
    discard: 'Discard',
    discardTitle: 'Discard this record?',
    discardBody: '"{label}" has not reached the server. If you discard it, it is gone from this device.',
    savedOffline: 'No connection. Kept on this device and sent automatically once connected.',
    kindInteraction: 'Interaction',
    kindActivity: 'Activity',
    kindPartnerEdit: 'Partner details changed',
    conflictTitle: 'The partner changed while you were offline',
    conflictBody:
      'Someone changed {name} on the server after you edited it on this device. Compare the fields, then choose the version to keep.',
    conflictField: 'Field',
    conflictServer: 'On the server now',
    conflictMine: 'My changes',
    conflictEmpty: '(empty)',
    keepMine: 'Keep my changes',
    keepServer: 'Keep the server version',
    signOutPendingTitle: 'Some records have not been sent',
    signOutPendingBody:
      '{count} records are still on this device and have not reached the server. Signing out now discards them. Better to connect and wait until they are sent.',
    signOutOffline:
      'Signing out needs a connection, so that your session on the server is closed too. Connect first, then sign out.',
    signOutAnyway: 'Sign out and discard them',
  },
};
