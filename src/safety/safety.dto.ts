import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import { WATCHED_ACTIONS } from '../contract';
import type { WatchedAction } from '../contract';

export class CreateWatchedWordDto {
  @ApiProperty({ description: 'A word or phrase, or a safe regular expression when isRegex' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  term!: string;

  @ApiPropertyOptional({ default: false })
  @OptionalField()
  @IsBoolean()
  isRegex?: boolean;

  @ApiProperty({ enum: WATCHED_ACTIONS })
  @IsIn(WATCHED_ACTIONS)
  action!: WatchedAction;
}
