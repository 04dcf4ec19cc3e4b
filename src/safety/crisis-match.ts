import type { Clause } from './crisis-clauses';
import type { CrisisPattern } from './crisis-pattern';
import type { Person } from './crisis-person';

/** Why a pattern match was set aside. */
export type Suppression =
  | 'idiom'
  | 'missing_context'
  | 'second_person'
  | 'generic'
  | 'animal'
  | 'context'
  | 'hypothetical'
  | 'reported_question'
  | 'negation'
  | 'reported_past'
  | 'recovery'
  | 'distant_past'
  | 'joke'
  | 'no_intent';

export interface MatchContext {
  pattern: CrisisPattern;
  matched: string;
  /** Clause text before the match, trimmed. */
  before: string;
  /** Clause text after the match, starting with its space. */
  after: string;
  clause: Clause;
  /** The whole normalised message. */
  text: string;
  /** The message as written, for emoji. */
  raw: string;
  message: MessageFacts;
}

/**
 * Message-wide tests, each run once per message however many matches ask: a long message
 * can hold hundreds of matches, and each asking again would make its time grow with the square of its length.
 */
export class MessageFacts {
  private readonly answers = new Map<unknown, Map<string, boolean>>();
  private readonly sentenceAnswers = new Map<RegExp, Map<string, boolean>>();

  constructor(readonly text: string) {}

  /** Whether the message has the expression, `without` the words of the match ("took too much" is no evidence of use). */
  has(regex: RegExp, without = ''): boolean {
    return this.once(regex, without, () => regex.test(without === '' ? this.text : this.text.replace(without, ' ')));
  }

  /** Whether a sentence of the message has the expression (a long sentence holds many matches). */
  sentenceHas(regex: RegExp | undefined, sentence: string): boolean {
    if (regex === undefined) {
      return false;
    }
    // Keyed by the sentence itself (the clause's own string, whose hash the engine keeps), not a copy.
    let bySentence = this.sentenceAnswers.get(regex);
    if (bySentence === undefined) {
      bySentence = new Map();
      this.sentenceAnswers.set(regex, bySentence);
    }
    let answer = bySentence.get(sentence);
    if (answer === undefined) {
      answer = regex.test(sentence);
      bySentence.set(sentence, answer);
    }
    return answer;
  }

  once(key: unknown, variant: string, compute: () => boolean): boolean {
    let byVariant = this.answers.get(key);
    if (byVariant === undefined) {
      byVariant = new Map();
      this.answers.set(key, byVariant);
    }
    let answer = byVariant.get(variant);
    if (answer === undefined) {
      answer = compute();
      byVariant.set(variant, answer);
    }
    return answer;
  }
}

export interface Assessment {
  person: Person;
  suppressedBy?: Suppression;
}

export type Modifier = (ctx: MatchContext, person: Person) => Suppression | undefined;
