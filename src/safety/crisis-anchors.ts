/**
 * Words one of which must be in a text for a rule's expression to match there, read from the
 * expression's source: the expression's first element that must match and is made of plain words
 * (or a choice of them). A message that contains none of them is not scanned with the expression,
 * which is most of the time and most of the cost. Undefined when no such element is found.
 */
const MAX_WORDS = 24;

export function anchorsOf(source: string): string[] | undefined {
  for (const element of elements(source)) {
    if (element.optional) {
      continue;
    }
    const words = element.group === undefined ? literal(element.text) : groupWords(element.group);
    if (words !== undefined && words.length <= MAX_WORDS) {
      return words;
    }
  }
  return undefined;
}

interface Element {
  text: string;
  group?: string;
  optional: boolean;
}

// A group's words: every alternative must give some; any one of them anchors the group.
function groupWords(inner: string): string[] | undefined {
  const words: string[] = [];
  for (const alternative of splitAlternatives(inner)) {
    const found = anchorsOf(alternative);
    if (found === undefined) {
      return undefined;
    }
    words.push(...found);
  }
  return words;
}

function literal(text: string): string[] | undefined {
  return /^[a-z0-9 ]+$/.test(text) && text.trim().length >= 2 ? [text] : undefined;
}

/** The source's top-level elements: runs of plain characters, groups, and everything else. */
function elements(source: string): Element[] {
  const out: Element[] = [];
  let run = '';
  const flush = (): void => {
    if (run !== '') {
      out.push({ text: run, optional: false });
      run = '';
    }
  };
  for (let i = 0; i < source.length;) {
    const ch = source[i];
    if (ch === '(') {
      const end = closing(source, i);
      const body = source.slice(i + 1, end);
      const quantifier = quantifierAt(source, end + 1);
      flush();
      const lookaround = /^\?(?:[=!]|<[=!])/.test(body);
      const inner = body.replace(/^\?:/, '');
      out.push({ text: '', group: lookaround ? undefined : inner, optional: lookaround || quantifier.optional });
      i = end + 1 + quantifier.length;
    } else if (ch === '\\' || ch === '[' || ch === '.' || ch === '^' || ch === '$' || ch === '|') {
      flush();
      const length = ch === '\\' ? 2 : ch === '[' ? classEnd(source, i) - i + 1 : 1;
      out.push({ text: '', optional: true });
      i += length + quantifierAt(source, i + length).length;
    } else {
      const quantifier = quantifierAt(source, i + 1);
      if (quantifier.length > 0) {
        // A quantified character ends the plain run before it: "labou?red" anchors on "labo".
        flush();
        out.push({ text: '', optional: true });
      } else {
        run += ch;
      }
      i += 1 + quantifier.length;
    }
  }
  flush();
  return out;
}

function quantifierAt(source: string, i: number): { length: number; optional: boolean } {
  const match = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i, i + 12));
  if (match === null) {
    return { length: 0, optional: false };
  }
  const optional = match[0].startsWith('?') || match[0].startsWith('*') || match[1] === '0';
  return { length: match[0].length, optional };
}

function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      i = classEnd(source, i);
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      return i;
    }
  }
  return source.length - 1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
    } else if (source[i] === ']') {
      return i;
    }
  }
  return source.length - 1;
}

function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      i = classEnd(source, i);
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
