import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../access/auth-user';
import type { Env } from '../config/env';
import { AuthService } from './auth.service';
import { jwtKey } from './jwt-secret';
import { requireAccessClaims } from './tokens.service';
import type { AccessPayload } from './tokens.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: ConfigService<Env, true>,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken as is (typed string | Buffer; a KeyObject works).
      secretOrKey: jwtKey(config.getOrThrow<string>('JWT_SECRET')) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: Partial<AccessPayload>): Promise<AuthUser> {
    return this.auth.authenticate(requireAccessClaims(payload));
  }
}
