import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { OptionalField } from '../common/optional';
import { ALERT_OUTCOMES, FLAG_REASONS, RESOLUTIONS, TARGET_TYPES } from '../contract';
import type { AlertOutcome, FlagReason, Resolution, TargetType } from '../contract';

export class CreateFlagDto {
  @ApiProperty({ enum: TARGET_TYPES })
  @IsIn(TARGET_TYPES)
  targetType!: TargetType;

  @ApiProperty()
  @IsUUID()
  targetId!: string;

  @ApiProperty({ enum: FLAG_REASONS })
  @IsIn(FLAG_REASONS)
  reason!: FlagReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @OptionalField()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class QueueQuery {
  @ApiPropertyOptional({ enum: ['pending', 'resolved'] })
  @OptionalField()
  @IsIn(['pending', 'resolved'])
  status?: 'pending' | 'resolved';

  @ApiPropertyOptional()
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** The actions staff may take in one go (escalate keeps the item open, so it stands alone). */
export const COMBINABLE_ACTIONS = RESOLUTIONS.filter((a) => a !== 'escalate' && a !== 'dismiss');

class ResolutionFields {
  @ApiProperty({ description: 'Why: recorded, and told to the author in plain words', minLength: 3 })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: 'For mute and suspend', minimum: 1 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(525600)
  durationMinutes?: number;

  @ApiPropertyOptional({ description: 'For content_warning: the warning shown (default: "Sensitive content")' })
  @OptionalField()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  contentWarning?: string;

  @ApiPropertyOptional({
    enum: ALERT_OUTCOMES,
    description: "For an item raised with a crisis alert: what was done for the person (the alert's outcome)",
  })
  @OptionalField()
  @IsIn(ALERT_OUTCOMES)
  outcome?: AlertOutcome;
}

export class ResolveDto extends ResolutionFields {
  @ApiPropertyOptional({ enum: RESOLUTIONS, description: 'One action (or give `actions`)' })
  @ValidateIf((o: ResolveDto) => o.actions === undefined || o.action !== undefined)
  @IsIn(RESOLUTIONS)
  action?: Resolution;

  @ApiPropertyOptional({
    enum: COMBINABLE_ACTIONS,
    isArray: true,
    description:
      'Several actions at once with one reason (e.g. ["hide", "mute"]), applied together or not at all: at most one about the content (hide, remove, content_warning) and one about the person (warn, mute, suspend, ban)',
  })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(COMBINABLE_ACTIONS, { each: true })
  actions?: Exclude<Resolution, 'escalate' | 'dismiss'>[];
}

/** `POST /api/moderation/act`: staff act on a message, post, thread or person directly, without a report. */
export class StaffActDto extends ResolutionFields {
  @ApiProperty({ enum: TARGET_TYPES })
  @IsIn(TARGET_TYPES)
  targetType!: TargetType;

  @ApiProperty()
  @IsUUID()
  targetId!: string;

  @ApiProperty({ enum: COMBINABLE_ACTIONS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(COMBINABLE_ACTIONS, { each: true })
  actions!: Exclude<Resolution, 'escalate' | 'dismiss'>[];
}

export class PeerHideDto {
  @ApiProperty({ enum: ['message', 'post', 'thread'] })
  @IsIn(['message', 'post', 'thread'])
  targetType!: 'message' | 'post' | 'thread';

  @ApiProperty()
  @IsUUID()
  targetId!: string;

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}
