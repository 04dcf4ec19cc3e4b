import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SetDutyDto {
  @ApiProperty()
  @IsBoolean()
  onDuty!: boolean;
}

export interface DutyView {
  /** The caller's own status (staff only; false for others). */
  onDuty: boolean;
  /** Whether anyone who looks after the caller's spaces is on duty now. */
  staffOnDuty: boolean;
  count: number;
  /** Who is on duty, by display name and role: shown to staff only. */
  staff?: { displayName: string; role: string; since: string }[];
}
