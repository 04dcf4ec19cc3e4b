import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
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
