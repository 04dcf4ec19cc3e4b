import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID, ValidateIf } from 'class-validator';
import { IsDialable, normaliseDialable } from '../common/dialable';
import { OptionalField } from '../common/optional';

/** A person's phone number: 7–20 digits, written internationally or nationally. */
export const PERSON_PHONE = { minDigits: 7, maxDigits: 20 } as const;

export class ContactDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '+1 555 010 0199',
    description: 'null or an empty string clears it',
  })
  // An empty field in a form means "no phone": the same as null.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseDialable(value) || null : value))
  @ValidateIf((_object, value) => value !== null)
  @IsDialable(PERSON_PHONE)
  phone!: string | null;
}

export class ContactQuery {
  @ApiPropertyOptional({ description: 'The crisis alert about this person the caller was paged for' })
  @OptionalField()
  @IsUUID()
  alertId?: string;
}
