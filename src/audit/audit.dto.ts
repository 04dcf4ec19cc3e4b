import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '../common/optional';

/** A page of the audit log. */
export class LogQuery {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @OptionalField()
  @IsString()
  @MaxLength(40)
  cursor?: string;

  @ApiPropertyOptional()
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
