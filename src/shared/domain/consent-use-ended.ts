/**
 * Whether withdrawn consent ended every use of a contact's data that rests on it (UU PDP): where
 * consent was the legal basis, the person leaves messages, lists and exports; a contact kept on
 * another basis stays (greetings, which need consent whatever the basis, are checked apart).
 */
export function consentUseEnded(legalBasis: string, consentWithdrawnAt: string | null): boolean {
  return legalBasis === 'consent' && consentWithdrawnAt !== null;
}
