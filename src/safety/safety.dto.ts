import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { WATCHED_ACTIONS } from './watched-word.entity';
import type { WatchedAction } from './watched-word.entity';
import { OptionalField } from '../common/optional';

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

export interface WatchedWordView {
  id: string;
  term: string;
  isRegex: boolean;
  action: WatchedAction;
  createdAt: string;
}
