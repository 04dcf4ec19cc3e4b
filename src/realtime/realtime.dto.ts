import { IsString, MaxLength, MinLength } from 'class-validator';
import type { RenewToken } from '../contract';

export class RenewTokenDto implements RenewToken {
  @IsString()
  @MinLength(10)
  @MaxLength(4096)
  token!: string;
}
