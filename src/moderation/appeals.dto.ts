import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import type { AppealStatus } from '../contract';

export class CreateAppealDto {
  @ApiPropertyOptional({ description: 'The decision about your content (from your moderation history)' })
  @OptionalField()
  @IsUUID()
  reviewItemId?: string;

  @ApiPropertyOptional({ description: 'A sanction on you' })
  @OptionalField()
  @IsUUID()
  sanctionId?: string;

  @ApiProperty({ description: 'Why it should be looked at again' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  text!: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['upheld', 'overturned'] })
  @IsIn(['upheld', 'overturned'])
  outcome!: 'upheld' | 'overturned';

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class AppealsQuery {
  @ApiPropertyOptional({ enum: ['open', 'upheld', 'overturned'] })
  @OptionalField()
  @IsIn(['open', 'upheld', 'overturned'])
  status?: AppealStatus;
}

/** Credentials identify a suspended or banned person, who has no session. */
export class StandingDto {
  @ApiProperty()
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({ description: 'The second factor, when the account has one' })
  @OptionalField()
  @IsString()
  @MaxLength(20)
  totp?: string;
}

export class SignInAppealDto extends StandingDto {
  @ApiProperty({ description: 'Why the suspension or ban should be looked at again' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  text!: string;
}
