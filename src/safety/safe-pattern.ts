/**
 * Admin-written regular expressions run against every message, so a pattern that
 * can backtrack catastrophically ("(a+)+$") would let one message stall the
 * server. This check refuses the known shapes of that; it returns the reason a
 * pattern is refused, or undefined when it may be used.
 */
export const MAX_PATTERN_LENGTH = 200;

interface GroupState {
  repeats: boolean; // contains a quantifier that repeats (*, +, {n,m} with m > 1)
  alternates: boolean; // contains a top-level |
}

export function isSafePattern(pattern: string): string | undefined {
  if (pattern.trim() === '') {
    return 'the pattern is empty';
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  const syntaxError = compileError(pattern);
  if (syntaxError !== undefined) {
    return syntaxError;
  }
  if (/\\[1-9]|\\k</.test(pattern)) {
    return 'backreferences (\\1, \\k<name>) are not allowed';
  }
  if (/\(\?<[=!]/.test(pattern)) {
    return 'lookbehind ((?<= or (?<!) is not allowed';
  }
  return nestingProblem(pattern) ?? matchesEmpty(pattern);
}

function compileError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'iu');
    return undefined;
  } catch (error) {
    return `not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function matchesEmpty(pattern: string): string | undefined {
  return new RegExp(pattern, 'iu').test('')
    ? 'the pattern matches empty text, so it would match every message'
    : undefined;
}

/** Walks the pattern once, tracking per group whether it repeats or alternates. */
function nestingProblem(pattern: string): string | undefined {
  const stack: GroupState[] = [{ repeats: false, alternates: false }];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const top = stack[stack.length - 1];
    if (ch === '(') {
      stack.push({ repeats: false, alternates: false });
    } else if (ch === '|') {
      top.alternates = true;
    } else if (ch === ')' && stack.length > 1) {
      const problem = closeGroup(stack, repeatsAt(pattern, i + 1));
      if (problem !== undefined) {
        return problem;
      }
    } else {
      i = ch === '\\' ? i + 1 : ch === '[' ? endOfClass(pattern, i) : i;
      top.repeats ||= repeatsAt(pattern, i + 1);
    }
  }
  return undefined;
}

function closeGroup(stack: GroupState[], quantified: boolean): string | undefined {
  const group = stack.pop() as GroupState;
  if (quantified && group.repeats) {
    return 'nested quantifiers such as (a+)+ can take forever on some messages';
  }
  if (quantified && group.alternates) {
    return 'a repeated alternation such as (a|ab)+ can take forever on some messages';
  }
  stack[stack.length - 1].repeats ||= group.repeats || quantified;
  return undefined;
}

function endOfClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i += 1;
    } else if (pattern[i] === ']') {
      return i;
    }
  }
  return pattern.length;
}

/** Whether a quantifier that can repeat more than once starts at this position. */
function repeatsAt(pattern: string, at: number): boolean {
  const ch = pattern[at];
  if (ch === '*' || ch === '+') {
    return true;
  }
  const bounded = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (bounded === null) {
    return false;
  }
  const max = bounded[2] === undefined ? Number(bounded[1]) : bounded[3] === '' ? Infinity : Number(bounded[3]);
  return max > 1;
}
