const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML text to a string: the five predefined entities and numeric references only. Nothing else is
 * ever expanded; a DOCTYPE that could declare entities is refused before parsing starts.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return xmlCharacter(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return xmlCharacter(parseInt(ref.slice(1), 10));
    return named[ref] ?? whole;
  });
}

/** A reference to a character XML forbids (NUL, other controls, surrogates, past U+10FFFF) is dropped. */
function xmlCharacter(codePoint: number): string {
  const allowed =
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  return allowed ? String.fromCodePoint(codePoint) : '';
}

/** The text of a rich or plain string item (`<t>` runs, phonetic `<rPh>` runs left out). */
export function readStringItem(inner: string): string {
  const withoutPhonetic = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) {
    text += decodeXmlText(match[1] ?? '');
  }
  return text;
}

const attributePatterns = new Map<string, RegExp>();

export function readAttribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXmlText(match[1]!) : null;
}

/** A DOCTYPE or ENTITY declaration in an XML part: the door to entity expansion and XXE. */
export function declaresEntities(prolog: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(prolog);
}
