/**
 * JSON text of a `T`, sent as it is: for a large read whose body PostgreSQL already built as JSON,
 * parsing it here only to serialise it again cost more than the rest of the request (the care
 * team's check-in grid: 120 KB). The type keeps the contract: a handler answering `JsonText<View>`
 * promises the same body as one answering `View`; mark it `@Header('Content-Type', JSON_CONTENT_TYPE)`.
 */
declare const jsonOf: unique symbol;
export type JsonText<T> = string & { readonly [jsonOf]: T };

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A value as JSON text. */
export function jsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/** `head` with `key` set to JSON text made elsewhere (PostgreSQL's), without parsing it. */
export function jsonWith<T, K extends keyof T & string>(head: Omit<T, K>, key: K, value: JsonText<T[K]>): JsonText<T> {
  const text = JSON.stringify(head);
  return `${text.slice(0, -1)}${text === '{}' ? '' : ','}${JSON.stringify(key)}:${value}}` as JsonText<T>;
}
