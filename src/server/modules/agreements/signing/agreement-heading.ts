const headings: Record<string, string> = {
  mou: 'NOTA KESEPAHAMAN',
  pks: 'PERJANJIAN KERJA SAMA',
  addendum: 'ADENDUM PERJANJIAN KERJA SAMA',
  extension: 'PERPANJANGAN PERJANJIAN KERJA SAMA',
};

/** The document's kind as a message or a page names it, without composing the whole document. */
export function agreementHeading(kind: string): string {
  return headings[kind] ?? headings.pks!;
}
