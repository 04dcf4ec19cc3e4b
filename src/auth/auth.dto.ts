import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Equals,
  IsEmail,
  IsString,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../contract';
import { displayNameProblem } from '../users/display-name';
import { OptionalField } from '../common/optional';

/** class-validator wrapper of the pseudonym rules, so the 400 names the field and the reason. */
export function IsDisplayName(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDisplayName',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && displayNameProblem(value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'displayName'} ${typeof args?.value === 'string' ? displayNameProblem(args.value) : 'must be a string'}`,
      },
    });
}

export class RegisterDto {
  @ApiProperty({ description: 'The invite code from your care team' })
  @IsString()
  @MinLength(8)
  @MaxLength(64)
  inviteCode!: string;

  @ApiProperty()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ description: 'A pseudonym: the only name other members see' })
  @IsString()
  @IsDisplayName()
  displayName!: string;

  @ApiProperty({ description: 'Must be true: accepts the community guidelines and confidentiality agreements' })
  @Equals(true, {
    message: 'acceptTerms must be true: accept the community guidelines and confidentiality agreements to join',
  })
  acceptTerms!: boolean;
}

export class LoginDto {
  @ApiProperty()
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({
    description: 'Second factor, once set up: the 6-digit code from the authenticator app, or a recovery code',
  })
  @OptionalField()
  @IsString()
  @MaxLength(20)
  totp?: string;
}

export class TotpCodeDto {
  @ApiProperty({ description: 'The 6-digit code from the authenticator app (or, where accepted, a recovery code)' })
  @IsString()
  @MinLength(6)
  @MaxLength(20)
  code!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  newPassword!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'The reset code staff handed over (XXXX-XXXX-XXXX; case and dashes do not matter)' })
  @IsString()
  @MinLength(8, { message: 'code must be the reset code you were given' })
  @MaxLength(40)
  code!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  newPassword!: string;
}

export class RedeemInviteDto {
  @ApiProperty({ description: 'An invite code for a new group, from your care team' })
  @IsString()
  @MinLength(8, { message: 'code must be the invite code you were given' })
  @MaxLength(64)
  code!: string;
}
