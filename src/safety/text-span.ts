/** A piece of text found at a position in a message. */
export interface Found {
  match: string;
  index: number;
}

export function matchesOf(pattern: RegExp, text: string): Found[] {
  return [...text.matchAll(pattern)].map((m) => ({ match: m[0], index: m.index ?? 0 }));
}

export function overlaps(a: Found, b: Found): boolean {
  return a.index < b.index + b.match.length && b.index < a.index + a.match.length;
}
