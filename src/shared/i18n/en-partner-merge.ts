import type { Catalog } from './catalog';

/** English texts of merging duplicate partners. */
export const enPartnerMerge: Pick<Catalog, 'partnerMerge'> = {
  partnerMerge: {
    action: 'Merge with a duplicate',
    title: 'Merge with a duplicate',
    intro:
      'Choose the partner that is really the same as {name}. Contacts and history are brought together on one partner, then the other record is deleted.',
    candidatesTitle: 'Likely duplicates',
    candidatesNone:
      'Jalin found no likely duplicates of this partner. Search for another partner by name, phone or email.',
    search: 'Search another partner',
    searchPlaceholder: 'Name, phone or email',
    searchHint: 'Type at least 3 characters.',
    searchNone: 'No other partner matches this search.',
    choose: 'Choose',
    chooseNamed: 'Choose {name}',
    keptTitle: 'Kept',
    duplicateTitle: 'Merged, then deleted',
    swap: 'Swap: keep the other one',
    contactsCount: '{count} contacts',
    whatHappens: 'What will happen',
    movesContacts: '{count} contacts move from {duplicate} to {kept}.',
    noContacts: '{duplicate} has no contacts to move.',
    addsTags: 'Tags added: {items}.',
    addsNeeds: 'Needs added: {items}.',
    addsOffers: 'Offers added: {items}.',
    fills: 'Empty fields of {kept} filled from {duplicate}:',
    fillsNone: 'No empty field of {kept} can be filled from {duplicate}.',
    keepsFilled: 'Fields of {kept} that are already filled, including name and category, stay as they are.',
    removesDuplicate:
      '{duplicate} is removed from the list and its old links lead to {kept}. The merge is recorded in the audit log and cannot be undone.',
    back: 'Choose another partner',
    confirm: 'Merge',
    done: '{duplicate} merged into {kept}; {count} contacts moved.',
    redirected: 'The partner you opened has been merged into this one.',
    conflict:
      'Someone else just changed one of these partners. The preview is up to date again; check it, then merge.',
    fields: {
      size: 'Business size',
      sector: 'Sector',
      description: 'Description',
      characteristics: 'Characteristics',
      region: 'District/village',
      address: 'Address',
      location: 'Coordinates',
      website: 'Website',
      socialLinks: 'Social media links',
      source: 'Source of information',
      facilitator: 'Facilitator',
      nib: 'NIB',
      npwp: 'NPWP',
      kbliCode: 'KBLI code',
      kbliVersion: 'KBLI version',
      cooperativeLegalNumber: 'Cooperative legal entity number',
    },
  },
};
