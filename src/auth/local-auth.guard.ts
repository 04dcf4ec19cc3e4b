import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../common/domain-error';
import type { Request } from 'express';
import { createValidationPipe } from '../common/validation';
import { LoginDto } from './auth.dto';

/**
 * passport-local for sign-in. Guards run before pipes, so the body is validated
 * here first: a malformed sign-in gets the same field-level 400 as any write.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    req.body = (await this.pipe.transform(req.body, { type: 'body', metatype: LoginDto })) as LoginDto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) {
      throw error instanceof Error ? error : new DomainError('unauthorized', 'Sign in to continue');
    }
    return user as TUser;
  }
}
