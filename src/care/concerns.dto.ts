import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import { CONCERN_OUTCOMES } from '../contract';
import type { ConcernOutcome, ConcernStatus } from '../contract';

export class ConcernsQuery {
  @ApiPropertyOptional({
    enum: ['active', 'open', 'taken', 'resolved'],
    description: 'active (default): open and taken',
  })
  @OptionalField()
  @IsIn(['active', 'open', 'taken', 'resolved'])
  status?: 'active' | ConcernStatus;
}

export class ResolveConcernDto {
  @ApiProperty({ enum: CONCERN_OUTCOMES })
  @IsIn(CONCERN_OUTCOMES)
  outcome!: ConcernOutcome;

  @ApiProperty({ description: 'What was done, for the record' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}
