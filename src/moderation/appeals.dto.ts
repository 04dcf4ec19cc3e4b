import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { SanctionView } from '../sanctions/sanctions.service';
import type { AppealStatus } from './appeal.entity';
import { OptionalField } from '../common/optional';

export class CreateAppealDto {
  @ApiPropertyOptional({ description: 'The decision about your content (from your moderation history)' })
  @OptionalField()
  @IsUUID()
  reviewItemId?: string;

  @ApiPropertyOptional({ description: 'A sanction on you' })
  @OptionalField()
  @IsUUID()
  sanctionId?: string;

  @ApiProperty({ description: 'Why it should be looked at again' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  text!: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['upheld', 'overturned'] })
  @IsIn(['upheld', 'overturned'])
  outcome!: 'upheld' | 'overturned';

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class AppealsQuery {
  @ApiPropertyOptional({ enum: ['open', 'upheld', 'overturned'] })
  @OptionalField()
  @IsIn(['open', 'upheld', 'overturned'])
  status?: AppealStatus;
}

export interface AppealView {
  id: string;
  status: AppealStatus;
  text: string;
  reviewItemId: string | null;
  sanctionId: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  /** Staff only: whose appeal and what was decided originally. */
  user?: { id: string; displayName: string };
  original?: { action: string; reason: string | null; by: { id: string; displayName: string } | null };
}

export interface ModerationDecision {
  reviewItemId: string;
  targetType: string;
  action: string;
  reason: string | null;
  at: string | null;
  appeal: { id: string; status: AppealStatus; decisionReason: string | null } | null;
}

export interface MyModerationHistory {
  sanctions: (SanctionView & { appeal: { id: string; status: AppealStatus; decisionReason: string | null } | null })[];
  decisions: ModerationDecision[];
}
