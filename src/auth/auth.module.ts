import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ConsentModule } from '../consent/consent.module';
import { InvitesModule } from '../invites/invites.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { jwtKey } from './jwt-secret';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordsController } from './passwords.controller';
import { PasswordsService } from './passwords.service';
import { ReturningService } from './returning.service';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { RecoveryCodesRepository } from './recovery-codes.repository';
import { RefreshToken } from './refresh-token.entity';
import { SessionsRepository } from './sessions.repository';
import { TokensService } from './tokens.service';
import { TotpController } from './totp.controller';
import { TotpService } from './totp.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => ({
        secret: jwtKey(config.getOrThrow<string>('JWT_SECRET')),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    TypeOrmModule.forFeature([RefreshToken]),
    UsersModule,
    InvitesModule,
    ConsentModule,
    CohortsModule,
  ],
  controllers: [AuthController, TotpController, PasswordsController],
  providers: [
    AuthService,
    TokensService,
    TotpService,
    SessionsRepository,
    RecoveryCodesRepository,
    PasswordResetsRepository,
    PasswordsService,
    ReturningService,
    JwtStrategy,
    LocalStrategy,
  ],
  exports: [
    AuthService,
    TokensService,
    TotpService,
    SessionsRepository,
    RecoveryCodesRepository,
    PasswordResetsRepository,
  ],
})
export class AuthModule {}
