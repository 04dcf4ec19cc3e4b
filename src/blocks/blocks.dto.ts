import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class BlockDto {
  @ApiProperty()
  @IsUUID()
  userId!: string;
}
