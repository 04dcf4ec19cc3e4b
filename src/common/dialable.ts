import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** How many digits a number to dial may have: short codes (988, 15, 741741) or a full number. */
export interface DigitBounds {
  minDigits: number;
  maxDigits: number;
}

// International (+44 20 7946 0958) or national ((555) 010-0199) writing; nothing else is dialled.
const DIALABLE = /^\+?[0-9 ()-]+$/;
const MAX_LENGTH = 32;

/** Why `value` is not a number to dial, or undefined when it is. */
export function dialableProblem(value: unknown, bounds: DigitBounds): string | undefined {
  if (typeof value !== 'string') {
    return 'must be a string';
  }
  const digits = value.replace(/\D/g, '').length;
  if (value.length > MAX_LENGTH || !DIALABLE.test(value) || digits < bounds.minDigits || digits > bounds.maxDigits) {
    return `must be a number to dial: digits, spaces, dashes, parentheses and a leading +, with ${bounds.minDigits} to ${bounds.maxDigits} digits`;
  }
  return undefined;
}

/** One spelling of a number: trimmed, single spaces. */
export function normaliseDialable(value: string): string {
  return value.trim().replace(/ {2,}/g, ' ');
}

/** class-validator wrapper of `dialableProblem`; the message never repeats the number (it may be someone's phone). */
export function IsDialable(bounds: DigitBounds, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDialable',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => dialableProblem(value, bounds) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'phone'} ${dialableProblem(args?.value, bounds) ?? 'is not valid'}`,
      },
    });
}
