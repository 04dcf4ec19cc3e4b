import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES } from '../access/access.decorator';
import type { Role } from '../access/access.decorator';
import { OptionalField } from '../common/optional';

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export interface UserRoleView {
  id: string;
  displayName: string;
  role: Role;
}

export class PeopleQuery {
  @ApiPropertyOptional({ description: 'Part of a display name or email' })
  @OptionalField()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @OptionalField()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export interface PersonView {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  status: string;
  createdAt: string;
  mfaEnabled: boolean;
}
