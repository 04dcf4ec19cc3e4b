import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OptionalField } from '../common/optional';

export class CreateCohortDto {
  @ApiProperty({ example: 'Tuesday evening group' })
  @IsString()
  @Length(1, 80)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ example: 'Evening IOP' })
  @OptionalField()
  @IsString()
  @MaxLength(80)
  program?: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @OptionalField()
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-02-28' })
  @OptionalField()
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string;
}
