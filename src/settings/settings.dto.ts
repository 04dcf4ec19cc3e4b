import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { IsDialable, normaliseDialable } from '../common/dialable';
import { SOMETHING, trim } from '../common/dto-transforms';
import { OptionalField } from '../common/optional';
import { CARE_ANSWER_MINUTES, canonicalTimeZone, CRISIS_RESOURCE_COUNT } from './program-settings';

const dialable = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? normaliseDialable(value) : value;

/** A web link a phone can open: an https page, or a tel: or sms: link. */
function IsResourceUrl(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isResourceUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isResourceUrl(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'url'} must be an https:// address, or a tel: or sms: link`,
      },
    });
}

function isResourceUrl(value: string): boolean {
  if (!URL.canParse(value)) {
    return false;
  }
  const url = new URL(value);
  if (url.protocol === 'https:') {
    return url.hostname !== '' && url.username === '' && url.password === '';
  }
  return (url.protocol === 'tel:' || url.protocol === 'sms:') && /\d/.test(url.pathname);
}

function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'timeZone'} must be an IANA time zone name such as America/New_York or Europe/London`,
      },
    });
}

export class CrisisResourceDto {
  @ApiProperty({ example: 'Crisis Text Line: text HOME to 741741', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(SOMETHING, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ example: '988', description: 'A number to call' })
  @OptionalField()
  @Transform(dialable)
  @IsDialable({ minDigits: 2, maxDigits: 20 })
  phone?: string;

  @ApiPropertyOptional({ example: '741741', description: 'A number to text' })
  @OptionalField()
  @Transform(dialable)
  @IsDialable({ minDigits: 2, maxDigits: 20 })
  sms?: string;

  @ApiPropertyOptional({ example: 'HOME', description: 'What the text says (needs sms)', maxLength: 160 })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  smsBody?: string;

  @ApiPropertyOptional({ example: 'https://988lifeline.org/chat/', description: 'https, tel: or sms:' })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsResourceUrl()
  url?: string;
}

/** A change to the program settings: only the fields sent change. */
export class UpdateSettingsDto {
  @ApiPropertyOptional()
  @OptionalField()
  @IsBoolean()
  staffMfaRequired?: boolean;

  @ApiPropertyOptional({
    type: [CrisisResourceDto],
    minItems: CRISIS_RESOURCE_COUNT.min,
    maxItems: CRISIS_RESOURCE_COUNT.max,
    description: 'In the order shown; the first three are in every page’s footer',
  })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(CRISIS_RESOURCE_COUNT.min)
  @ArrayMaxSize(CRISIS_RESOURCE_COUNT.max)
  @ValidateNested({ each: true })
  @Type(() => CrisisResourceDto)
  crisisResources?: CrisisResourceDto[];

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @OptionalField()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Active clinicians and admins who look after alumni; empty: the admins',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'alumniCareTeam must not name anyone twice' })
  @IsUUID('all', { each: true })
  alumniCareTeam?: string[];

  @ApiPropertyOptional({ minimum: CARE_ANSWER_MINUTES.min, maximum: CARE_ANSWER_MINUTES.max, default: 240 })
  @OptionalField()
  @IsInt()
  @Min(CARE_ANSWER_MINUTES.min)
  @Max(CARE_ANSWER_MINUTES.max)
  careAnswerMinutes?: number;
}
