import type { Clause } from './crisis-clauses';
import type { CrisisPattern } from './crisis-pattern';
import type { Person } from './crisis-person';

/** Why a pattern match was set aside. */
export type Suppression =
  | 'idiom'
  | 'missing_context'
  | 'second_person'
  | 'generic'
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
}

export interface Assessment {
  person: Person;
  suppressedBy?: Suppression;
}

export type Modifier = (ctx: MatchContext, person: Person) => Suppression | undefined;
