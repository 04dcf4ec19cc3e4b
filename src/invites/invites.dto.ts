import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import { INVITE_ROLES } from '../contract';
import type { InviteRole } from '../contract';

export class IssueInviteDto {
  @ApiPropertyOptional({ enum: INVITE_ROLES, default: 'member' })
  @OptionalField()
  @IsIn(INVITE_ROLES)
  role?: InviteRole;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 1 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(500)
  maxUses?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 72 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(720)
  expiresInHours?: number;
}

export class PreviewInviteDto {
  @ApiProperty()
  @IsString()
  @MinLength(8)
  @MaxLength(64)
  inviteCode!: string;
}
