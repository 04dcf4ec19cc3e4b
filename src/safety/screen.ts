import type { CrisisVerdict } from './crisis-detector';
import { needsStaff } from './crisis-verdict';
import type { PersonalDetail, PersonalDetailKind } from './privacy-filter';
import { analyseText, type TextAnalysis } from './text-analysis';
import { censor, type CompiledWatchedWords, type WatchedWordMatch } from './watched-words';

/**
 * The one content pipeline (STYLE.md): every message and post, and every draft,
 * goes through `screen` for watched words, personal details and crisis.
 */
export type ScreenDecision = 'publish' | 'hold' | 'block';
export type PrivacyAction = 'require_approval' | 'flag' | 'allow';

export interface ScreenFlag {
  source: 'watched_word' | 'privacy';
  reason: string;
  term?: string;
}

export interface ScreenVerdict {
  decision: ScreenDecision;
  /** The text to publish: censored words and, when needed, personal details replaced by asterisks. */
  text: string;
  crisis: CrisisVerdict;
  flags: ScreenFlag[];
  /** Shown to the author; never lists the watched words. */
  blockedReason?: string;
  heldReason?: string;
}

export interface ScreenContext {
  watchedWords: CompiledWatchedWords;
  privacyAction?: PrivacyAction;
}

const BLOCKED_REASON =
  "This can't be posted because it contains language the community guidelines don't allow. Please reword it and try again.";
const HELD_FOR_WORDS = 'it contains wording a moderator needs to approve';
const HELD_FOR_DETAILS = 'it contains contact details (a phone number, email, handle, link or address)';

const DETAIL_NAMES: Readonly<Record<PersonalDetailKind, string>> = {
  phone: 'a phone number',
  email: 'an email address',
  social_handle: 'a social media handle',
  url: 'a link',
  address: 'a street address',
};

interface Findings {
  censored: WatchedWordMatch[];
  blocking: WatchedWordMatch[];
  holdingWords: WatchedWordMatch[];
  holdingDetails: PersonalDetail[];
  flags: ScreenFlag[];
}

/** `analysis` is `analyseText(text)`, when it was already run (off the event loop: ScreeningPool). */
export function screen(
  text: string,
  context: ScreenContext,
  analysis: TextAnalysis = analyseText(text),
): ScreenVerdict {
  const { crisis } = analysis;
  const findings = gather(text, context, analysis.details);
  const wouldStop = findings.blocking.length + findings.holdingWords.length + findings.holdingDetails.length > 0;
  // A crisis hit never silences its author (PRODUCT.md): the message is delivered with
  // anything that would have stopped it masked, and moderators see why in the flags.
  return needsStaff(crisis) && wouldStop ? deliverInCrisis(text, crisis, findings) : decide(text, crisis, findings);
}

function gather(text: string, context: ScreenContext, found: PersonalDetail[]): Findings {
  const words = context.watchedWords.match(text);
  const privacyAction = context.privacyAction ?? 'require_approval';
  const details = privacyAction === 'allow' ? [] : found;
  return {
    censored: words.filter((w) => w.action === 'censor'),
    blocking: words.filter((w) => w.action === 'block'),
    holdingWords: words.filter((w) => w.action === 'require_approval'),
    holdingDetails: privacyAction === 'require_approval' ? details : [],
    flags: [...wordFlags(words), ...(privacyAction === 'flag' ? detailFlags(details, 'contains') : [])],
  };
}

function decide(text: string, crisis: CrisisVerdict, f: Findings): ScreenVerdict {
  const verdict = { text: censor(text, f.censored), crisis, flags: f.flags };
  if (f.blocking.length > 0) {
    return { ...verdict, decision: 'block', blockedReason: BLOCKED_REASON };
  }
  const reasons = [
    ...(f.holdingWords.length > 0 ? [HELD_FOR_WORDS] : []),
    ...(f.holdingDetails.length > 0 ? [HELD_FOR_DETAILS] : []),
  ];
  if (reasons.length > 0) {
    return { ...verdict, decision: 'hold', heldReason: `Waiting for a moderator because ${reasons.join(' and ')}.` };
  }
  return { ...verdict, decision: 'publish' };
}

function deliverInCrisis(text: string, crisis: CrisisVerdict, f: Findings): ScreenVerdict {
  const masked = [...f.censored, ...f.blocking, ...f.holdingWords, ...f.holdingDetails.map(asSpan)];
  return {
    decision: 'publish',
    text: censor(text, masked),
    crisis,
    flags: [...f.flags, ...overriddenFlags(f.blocking, f.holdingWords), ...detailFlags(f.holdingDetails, 'masked')],
  };
}

function wordFlags(words: readonly WatchedWordMatch[]): ScreenFlag[] {
  return words
    .filter((w) => w.action === 'flag')
    .map((w) => ({ source: 'watched_word', reason: 'contains a flagged word', term: w.term }));
}

function detailFlags(details: readonly PersonalDetail[], verb: 'contains' | 'masked'): ScreenFlag[] {
  const suffix = verb === 'masked' ? ', masked instead of held because the message reads as a crisis' : '';
  return details.map((d) => ({
    source: 'privacy',
    reason: `${verb === 'masked' ? 'had' : 'contains'} ${DETAIL_NAMES[d.kind]}${suffix}`,
  }));
}

function overriddenFlags(blocking: readonly WatchedWordMatch[], holding: readonly WatchedWordMatch[]): ScreenFlag[] {
  const flag = (w: WatchedWordMatch, would: string): ScreenFlag => ({
    source: 'watched_word',
    reason: `would have ${would} the message; censored instead because it reads as a crisis`,
    term: w.term,
  });
  return [...blocking.map((w) => flag(w, 'blocked')), ...holding.map((w) => flag(w, 'held'))];
}

function asSpan(detail: PersonalDetail): { index: number; length: number } {
  return { index: detail.index, length: detail.match.length };
}
