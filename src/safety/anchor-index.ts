/**
 * Finds, in one pass over a message, which of many anchor words (crisis-anchors.ts)
 * it contains, so each rule alternative is tried only where one of its words is.
 * Asking every alternative `anchors.some((word) => text.includes(word))` read the
 * message about 2,000 times (most of the detector's time on chat); this reads it
 * once. Exact: an anchor is found where `text.includes(anchor)` would find it,
 * because every anchor is looked up by the characters it starts with at every
 * position of the text and confirmed in place.
 */
export class AnchorIndex<Key> {
  /** Anchors by their first three characters (two for two-character anchors). */
  private readonly byStart = new Map<string, number[]>();
  private readonly anchors: string[] = [];
  /** For each anchor, the keys (rule alternatives) that name it. */
  private readonly keysOf: Key[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly shortest: number;

  constructor(entries: Iterable<readonly [Key, readonly string[]]>) {
    let shortest = Infinity;
    for (const [key, words] of entries) {
      for (const word of words) {
        if (word.length === 0) {
          throw new Error('an anchor needs at least one character');
        }
        let id = this.ids.get(word);
        if (id === undefined) {
          id = this.anchors.length;
          this.ids.set(word, id);
          this.anchors.push(word);
          this.keysOf.push([]);
          const start = word.slice(0, START);
          const list = this.byStart.get(start) ?? [];
          list.push(id);
          this.byStart.set(start, list);
          shortest = Math.min(shortest, word.length);
        }
        const keys = this.keysOf[id];
        if (keys[keys.length - 1] !== key) {
          keys.push(key);
        }
      }
    }
    this.shortest = Math.min(shortest, START);
  }

  /** The keys with at least one anchor in `text`. */
  keysIn(text: string): Set<Key> {
    const found = new Set<Key>();
    const seen = new Set<number>();
    for (let at = 0; at < text.length; at++) {
      for (let length = this.shortest; length <= START && at + length <= text.length; length++) {
        const candidates = this.byStart.get(text.slice(at, at + length));
        if (candidates === undefined) {
          continue;
        }
        for (const id of candidates) {
          if (!seen.has(id) && text.startsWith(this.anchors[id], at)) {
            seen.add(id);
            for (const key of this.keysOf[id]) {
              found.add(key);
            }
          }
        }
      }
    }
    return found;
  }
}

const START = 3;
