import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES } from '../access/access.decorator';
import type { Role } from '../access/access.decorator';

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
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
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
