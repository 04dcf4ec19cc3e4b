import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class EndSessionsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Also end the session making this request' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeCurrent?: 'true' | 'false';
}
