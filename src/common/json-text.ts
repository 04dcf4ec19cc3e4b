/**
 * JSON text of a `T`, sent as it is: for a large read whose body PostgreSQL already built as JSON,
 * parsing it here only to serialise it again cost more than the rest of the request (the care
 * team's check-in grid: 120 KB). The type keeps the contract: a handler answering `JsonText<View>`
 * promises the same body as one answering `View`; mark it `@Header('Content-Type', JSON_CONTENT_TYPE)`.
 */
import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';

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

/**
 * JSON bytes of a `T`, sent as they are: for a large read assembled from parts kept serialised (a
 * thread's replies), where joining text and encoding 400 KB of it again cost more than the rest.
 * Carries its own Content-Type and length.
 */
export type JsonBytes<T> = StreamableFile & { readonly [jsonOf]: T };

/**
 * `parts` (pieces of one JSON text, in order) as one body: a few large parts are sent as they are
 * (a kept 400 KB piece is not copied for every read), many small ones joined first.
 */
export function jsonBytes<T>(parts: readonly Uint8Array[]): JsonBytes<T> {
  const options = { type: JSON_CONTENT_TYPE, length: parts.reduce((sum, part) => sum + part.length, 0) };
  if (parts.length > 4) {
    return new StreamableFile(Buffer.concat(parts), options) as JsonBytes<T>;
  }
  const stream = new Readable({ read: () => undefined });
  parts.forEach((part) => stream.push(part));
  stream.push(null);
  return new StreamableFile(stream, options) as JsonBytes<T>;
}
