import { IsIn, IsString, MaxLength } from 'class-validator';
import type { TermsAudience } from './terms';
import { OptionalField } from '../common/optional';

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
