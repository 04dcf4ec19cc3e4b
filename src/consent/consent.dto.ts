import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { TermsAudience } from '../contract';

export class TermsQuery {
  @IsOptional()
  @IsIn(['member', 'alumni', 'staff'])
  audience?: TermsAudience;
}

export class AcceptTermsDto {
  @IsString()
  @MaxLength(40)
  version!: string;
}
