/** Small input rules the DTOs share (class-transformer `@Transform` functions and patterns). */
type TransformArgs = { value: unknown };

export const trim = ({ value }: TransformArgs): unknown => (typeof value === 'string' ? value.trim() : value);

/** An empty content warning means none. */
export const warningOrNull = ({ value }: TransformArgs): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

/** Query strings arrive as text; numbers are parsed strictly ("12abc" stays invalid). */
export const toInt = ({ value }: TransformArgs): unknown =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;

/** Text with something besides white space in it. */
export const SOMETHING = /\S/;
