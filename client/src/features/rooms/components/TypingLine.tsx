import type { PersonRef } from '@hearth/contract';

/** "Ana is typing…", "Ana and Ben are typing…", "Several people are typing…". */
export function typingWords(typing: PersonRef[]): string {
  const names = typing.map((p) => p.displayName);
  if (names.length === 0) {
    return '';
  }
  if (names.length === 1) {
    return `${names[0]} is typing…`;
  }
  if (names.length === 2) {
    return `${names[0]} and ${names[1]} are typing…`;
  }
  return 'Several people are typing…';
}

/** Kept in the layout even when empty, so the conversation does not jump. Not announced: it changes too often. */
export function TypingLine({ typing }: { typing: PersonRef[] }) {
  return <p className="typing-line">{typingWords(typing)}</p>;
}
