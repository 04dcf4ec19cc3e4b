import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { NullableField, OptionalField } from '../common/optional';
import { CHECKIN_MAX_DAYS, CHECKIN_MOODS } from '../contract';
import type { CheckinInput, CheckinMood } from '../contract';

export const NOTE_MAX = 500;

export class CheckinDto implements CheckinInput {
  @ApiProperty({ enum: CHECKIN_MOODS, description: '1 awful … 5 great' })
  @IsIn(CHECKIN_MOODS)
  mood!: CheckinMood;

  @ApiProperty({ minimum: 0, maximum: 10, description: 'Urges, 0 none … 10 strongest' })
  @IsInt()
  @Min(0)
  @Max(10)
  craving!: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 24, nullable: true })
  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(24)
  sleepHours?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Used since the last check-in: seen by the care team only, never peers or moderators',
  })
  @NullableField()
  @IsBoolean()
  used?: boolean | null;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, nullable: true, description: 'Read by the care team in working hours' })
  @NullableField()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Share the mood with the cohort (default: care team only)' })
  @OptionalField()
  @IsBoolean()
  shareMood?: boolean;
}

export class CheckinDaysQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: CHECKIN_MAX_DAYS, default: 30 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CHECKIN_MAX_DAYS)
  days?: number;
}
