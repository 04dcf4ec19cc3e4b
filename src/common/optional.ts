import { ValidateIf } from 'class-validator';

/**
 * Optional means absent. class-validator's IsOptional also lets `null` through
 * unchecked, which services then met as a value (`{"body": null}` was a 500), so
 * every DTO uses these instead (ESLint refuses IsOptional):
 *  - OptionalField: may be left out; `null` is validated like any value, so it is a 400 naming the field.
 *  - NullableField: may be left out or `null`, where the contract gives `null` a meaning
 *    (`contentWarning: null` clears a warning); document it with `nullable: true` in OpenAPI.
 */
export const OptionalField = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

export const NullableField = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined && value !== null);
