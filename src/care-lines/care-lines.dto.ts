import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { OptionalField } from '../common/optional';

/** A member opens their own line with no body; staff name the member and, optionally, what they open it from. */
export class OpenCareLineDto {
  @ApiPropertyOptional({ description: 'Staff: the member whose line to open' })
  @OptionalField()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;

  @ApiPropertyOptional({ description: 'Staff: the crisis alert the line is opened from (attached as context)' })
  @OptionalField()
  @IsUUID('all', { message: 'alertId must be a UUID' })
  alertId?: string;

  @ApiPropertyOptional({ description: 'Staff: the review item the line is opened from (attached as context)' })
  @OptionalField()
  @IsUUID('all', { message: 'reviewItemId must be a UUID' })
  reviewItemId?: string;
}

export class CareLinesQuery {
  @ApiPropertyOptional({ enum: ['true'], description: 'true: the lines waiting for a staff answer, oldest first' })
  @OptionalField()
  @IsIn(['true'], { message: 'waiting must be true' })
  waiting?: 'true';
}
