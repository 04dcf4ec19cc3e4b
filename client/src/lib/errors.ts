import type { ErrorCode } from '@hearth/contract';
import { ApiError } from './api';

/** One sentence a person can act on, for an error shown above a form or page. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Something went wrong. Please try again.';
  }
  if (error.status === 429) {
    const minutes = error.retryAfter ? Math.ceil(error.retryAfter / 60) : undefined;
    return minutes
      ? `Too many attempts. Please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again.`
      : 'Too many attempts. Please wait a little and try again.';
  }
  if (error.status >= 500) {
    return 'Something went wrong on our side. Please try again in a moment.';
  }
  return sentence(error.messages.join(' '));
}

/** Announced above a form whose fields need fixing. */
export const CHECK_FIELDS = 'Check the fields marked below.';

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string[];
}

/**
 * Sorts a 400 or 409's messages to the fields they name ("password must be…",
 * "email: an account with this email…", "Display name is taken"), or that its
 * `code` belongs to (`codes`, e.g. invite_expired → inviteCode); the rest go above
 * the form.
 */
export function formErrors<F extends string>(
  error: unknown,
  labels: Record<F, string>,
  codes: Partial<Record<ErrorCode, F>> = {},
): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, general: [] };
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) {
    result.general.push(describeError(error));
    return result;
  }
  const names = Object.keys(labels) as F[];
  const byCode = error.code === undefined ? undefined : codes[error.code];
  for (const message of error.messages) {
    const named = names.map((name) => ({ name, text: forField(message, name, labels[name]) })).find((m) => m.text);
    const field = named?.name ?? byCode;
    if (field === undefined) {
      result.general.push(sentence(message));
      continue;
    }
    const text = named?.text ?? sentence(message);
    const previous = result.fields[field];
    result.fields[field] = previous ? `${previous} ${text}` : text;
  }
  if (result.general.length === 0) {
    result.general.push(CHECK_FIELDS);
  }
  return result;
}

/** The message reworded for showing beside the field, when it starts with the field's name or label. */
function forField(message: string, name: string, label: string): string | undefined {
  for (const word of [name, label]) {
    const head = message.slice(0, word.length).toLowerCase();
    const next = message.charAt(word.length);
    if (head !== word.toLowerCase()) {
      continue;
    }
    if (next === ':') {
      return sentence(message.slice(word.length + 1));
    }
    if (next === ' ') {
      return sentence(`${label}${message.slice(word.length)}`);
    }
  }
  return undefined;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
