/**
 * `@display name` mentions. Display names may hold spaces, so each `@` yields the
 * candidate names it could start (one to five words, up to 30 characters); the
 * longest one that names a real account wins (resolved by the caller).
 */
export const MAX_MENTIONS = 10;

export interface MentionCandidates {
  /** One entry per `@`: candidate names, longest first, lower-cased. */
  perMention: string[][];
  all: string[];
}

const NAME_CHAR = /[\p{L}\p{N} ._'-]/u;

export function mentionCandidates(text: string): MentionCandidates {
  const perMention: string[][] = [];
  const re = /(^|[^\p{L}\p{N}_@])@([\p{L}\p{N}])/gu;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null && perMention.length < MAX_MENTIONS) {
    const start = match.index + match[1].length + 1;
    let end = start;
    while (end < text.length && end - start < 30 && NAME_CHAR.test(text[end])) {
      end++;
    }
    const run = text.slice(start, end);
    const candidates: string[] = [];
    // Every prefix ending at a word boundary (names may end with . _ ' - too).
    for (let i = run.length; i >= 3; i--) {
      const next = run[i];
      if (i < run.length && next !== ' ' && !/[.,'_-]/.test(next)) {
        continue;
      }
      const name = run.slice(0, i).trimEnd();
      if (name.length >= 3 && !candidates.includes(name.toLowerCase())) {
        candidates.push(name.toLowerCase());
      }
    }
    if (candidates.length > 0) {
      perMention.push(candidates);
    }
  }
  return { perMention, all: [...new Set(perMention.flat())] };
}

/** The names mentioned, given which candidate names exist (lower-cased). */
export function resolveMentions(found: MentionCandidates, existing: Set<string>): string[] {
  const names = new Set<string>();
  for (const candidates of found.perMention) {
    const hit = candidates.find((c) => existing.has(c));
    if (hit) {
      names.add(hit);
    }
  }
  return [...names];
}
