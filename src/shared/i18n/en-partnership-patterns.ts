import type { Catalog } from './catalog';

/** English texts of the institution's own partnership patterns and of a later-stage entry. */
export const enPartnershipPatterns: Pick<
  Catalog,
  'partnershipPatternDescriptions' | 'partnershipPatternsUi' | 'partnershipEntryUi'
> = {
  partnershipPatternDescriptions: {
    agency: "The small business gets special rights to market the larger partner's goods and services.",
    operational_cooperation:
      'The partner group provides land, facilities and labour; the partner company provides funds, capital, management and guarantees the market.',
    foster: 'A large business helps a small one grow, e.g. with capital, training, mentoring or a market.',
    general_trade:
      "The larger business markets the small one's products, or the small one supplies the larger one (marketing, business location, supply).",
  },
  partnershipPatternsUi: {
    title: 'Partnership patterns',
    intro:
      "The guide's four patterns apply to every institution. Add your institution's own when a partnership fits none of them.",
    builtInTitle: "The guide's patterns",
    builtInBadge: 'Fixed',
    builtInNote: 'These four patterns cannot be changed or deleted.',
    ownTitle: "Institution's patterns",
    ownGroup: "Institution's patterns",
    builtInGroup: "The guide's patterns",
    emptyTitle: 'No patterns of your own yet',
    emptyBody:
      'Add a pattern when your partnerships fit none of the guide\'s four, for example "Certified apprenticeship".',
    emptyReadOnly: 'No patterns of your own yet. Only an admin or a manager can add them.',
    readOnly: 'You can see the patterns, but only an admin or a manager can change them.',
    add: 'Add pattern',
    addTitle: 'New partnership pattern',
    editTitle: 'Edit partnership pattern',
    name: 'Pattern name',
    nameHint: 'The name shown on the partnership board, for example "Certified apprenticeship".',
    description: 'Description',
    descriptionHint: 'One sentence: what each side does.',
    noDescription: 'No description yet',
    code: 'Code',
    partnerships: 'Partnerships',
    partnershipCount: '{count} partnerships',
    edit: 'Edit',
    editNamed: 'Edit pattern {name}',
    remove: 'Delete',
    removeNamed: 'Delete pattern {name}',
    removeTitle: 'Delete pattern {name}?',
    removeBody: 'No partnership uses this pattern. Once deleted, it can no longer be chosen.',
    removeInUse:
      'This pattern is still used by {count} partnerships, so it cannot be deleted yet. Change their pattern first (open them on the board filtered by this pattern).',
    viewPartnerships: 'See {count} partnerships',
    created: 'Pattern {name} added.',
    saved: 'Pattern {name} saved.',
    removed: 'Pattern {name} deleted.',
    editNote: 'The code stays, so partnerships using this pattern show the new name.',
  },
  partnershipEntryUi: {
    switchLabel: 'This partnership was already running before Jalin',
    switchHint: "Record it from the stage it is at now. The earlier stages' conditions are not checked.",
    stage: 'Current stage',
    reason: 'Why it starts at this stage',
    reasonHint: 'At least 10 letters, for example "MoU signed March 2025, classes running".',
    reasonTooShort: 'Write the reason, at least 10 letters.',
    historyEntered: 'Recorded from stage {stage}, because {reason}',
  },
};
