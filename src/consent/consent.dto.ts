import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import type { TermsAudience } from '../contract';

export class TermsQuery {
  @OptionalField()
  @IsIn(['member', 'alumni', 'staff'])
  audience?: TermsAudience;
}

export class AcceptTermsDto {
  @IsString()
  @MaxLength(40)
  version!: string;
}
