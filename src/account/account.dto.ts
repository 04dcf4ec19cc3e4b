import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../common/optional';
import { IsDisplayName } from '../auth/auth.dto';

export class EndSessionsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Also end the session making this request' })
  @OptionalField()
  @IsIn(['true', 'false'])
  includeCurrent?: 'true' | 'false';
}

export class DeleteAccountDto {
  @ApiProperty({ description: 'Your password, to confirm' })
  @IsString()
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({ description: 'Also remove everything you wrote (default: kept as "Former member")' })
  @OptionalField()
  @IsBoolean()
  purgeContent?: boolean;
}

export class AdminDeleteAccountDto {
  @ApiPropertyOptional({ description: 'Also remove everything they wrote' })
  @OptionalField()
  @IsBoolean()
  purgeContent?: boolean;

  @ApiProperty({ description: 'Why (for example: the person asked by phone); recorded' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class UpdateMeDto {
  @ApiProperty({ description: 'A pseudonym: the only name other members see' })
  @IsString()
  @IsDisplayName()
  displayName!: string;
}
