import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SetDutyDto {
  @ApiProperty()
  @IsBoolean()
  onDuty!: boolean;
}
