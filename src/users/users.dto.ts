import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '../common/optional';
import { ROLES } from '../contract';
import type { Role } from '../contract';

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class UndoRoleChangeDto {
  @ApiProperty({ description: 'The `changeId` the role change answered with' })
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'changeId must be the id a role change answered with' })
  changeId!: string;
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
