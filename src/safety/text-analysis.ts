import { detectCrisis, type CrisisVerdict } from './crisis-detector';
import { findPersonalDetails, type PersonalDetail } from './privacy-filter';

/**
 * What the screen reads from text alone: crisis and personal details. It is
 * pure and the costly part of screening (hundreds of rules), so the
 * ScreeningPool runs it off the event loop; watched words, which come from the
 * database, are matched afterwards on the main thread.
 */
export interface TextAnalysis {
  crisis: CrisisVerdict;
  details: PersonalDetail[];
}

export function analyseText(text: string): TextAnalysis {
  return { crisis: detectCrisis(text), details: findPersonalDetails(text) };
}
