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
        secret: config.get('JWT_SECRET', { infer: true }),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    TypeOrmModule.forFeature([RefreshToken]),
    UsersModule,
    InvitesModule,
    ConsentModule,
    CohortsModule,
  ],
  controllers: [AuthController, TotpController],
  providers: [
    AuthService,
    TokensService,
    TotpService,
    SessionsRepository,
    RecoveryCodesRepository,
    JwtStrategy,
    LocalStrategy,
  ],
  exports: [AuthService, TokensService, TotpService, SessionsRepository, RecoveryCodesRepository],
})
export class AuthModule {}
