import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../common/domain-error';
import type { Request } from 'express';
import { createValidationPipe } from '../common/validation';
import { LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clientMeta } from './client-meta';

/**
 * passport-local for sign-in. Guards run before pipes, so the body is validated
 * here first: a malformed sign-in gets the same field-level 400 as any write.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  constructor(private readonly auth: AuthService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const dto = (await this.pipe.transform(req.body, { type: 'body', metatype: LoginDto })) as LoginDto;
    req.body = dto;
    if (!dto.email || !dto.password) {
      // passport-local answers empty fields itself, before the strategy: they would
      // escape the failed sign-in counter. The same check refuses and counts them.
      await this.auth.validateCredentials(dto, clientMeta(req));
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) {
      throw error instanceof Error ? error : new DomainError('unauthorized', 'Sign in to continue');
    }
    if (!user) {
      throw new DomainError('unauthorized', 'Email or password is incorrect', 'bad_credentials');
    }
    return user;
  }
}
