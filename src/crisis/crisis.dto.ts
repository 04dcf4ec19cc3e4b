import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import { ALERT_OUTCOMES } from '../contract';
import type { AlertOutcome, AlertStatus } from '../contract';

export class AlertsQuery {
  @ApiPropertyOptional({ enum: ['open', 'acknowledged', 'resolved', 'active'] })
  @OptionalField()
  @IsIn(['open', 'acknowledged', 'resolved', 'active'])
  status?: AlertStatus | 'active';
}

export class ResolveAlertDto {
  @ApiProperty({ enum: ALERT_OUTCOMES })
  @IsIn(ALERT_OUTCOMES)
  outcome!: AlertOutcome;

  @ApiProperty({ description: 'What was done, for the record' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}

export class SafetyCheckDto {
  @ApiProperty({ description: 'The draft being typed; never stored' })
  @IsString()
  @MaxLength(20000)
  text!: string;
}
