import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ALERT_OUTCOMES } from './crisis-alert.entity';
import type { AlertOutcome, AlertStatus } from './crisis-alert.entity';
import type { CrisisResource } from '../settings/crisis-resources';
import { OptionalField } from '../common/optional';

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

export interface SafetyCheckResult {
  crisis: boolean;
  resources: CrisisResource[];
}

export interface AlertView {
  id: string;
  status: AlertStatus;
  categories: string[];
  createdAt: string;
  escalateAt: string;
  escalated: boolean;
  escalatedAt: string | null;
  acknowledgedBy: { id: string; displayName: string } | null;
  acknowledgedAt: string | null;
  resolvedBy: { id: string; displayName: string } | null;
  resolvedAt: string | null;
  outcome: AlertOutcome | null;
  note: string | null;
  author: { id: string; displayName: string } | null;
  target: {
    type: string;
    id: string;
    cohortId: string | null;
    spaceKind: string | null;
    spaceId: string | null;
    excerpt: string;
  };
}
