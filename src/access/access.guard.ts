import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../common/domain-error';
import type { Socket } from 'socket.io';
import { Access } from './access.decorator';
import type { AuthUser } from './auth-user';
import { socketUser } from './socket-auth';

/**
 * The one guard, for HTTP routes and socket events alike: deny by default,
 * authenticate (bearer token via passport-jwt; sockets in their handshake), then
 * check the handler's declared roles and the user's consent to current terms.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride(Access, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new DomainError('forbidden', 'This endpoint is not available');
    }
    if (rule.public) {
      return true;
    }
    let user: AuthUser;
    if (context.getType() === 'ws') {
      // Sockets are authenticated once, in the handshake (HearthIoAdapter).
      user = socketUser(context.switchToWs().getClient<Socket>());
    } else {
      await super.canActivate(context);
      user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    }
    if (rule.roles !== 'any' && !rule.roles?.includes(user.role)) {
      throw new DomainError('forbidden', 'Your role does not allow this');
    }
    if (user.termsRequired && !rule.onboarding) {
      throw new DomainError(
        'forbidden',
        'Please read and accept the current community guidelines first',
        'terms_required',
      );
    }
    if (user.mfaSetupRequired && !rule.onboarding) {
      throw new DomainError('forbidden', 'Staff must set up a second factor before continuing', 'mfa_setup_required');
    }
    return true;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error) {
      throw error instanceof Error ? error : new DomainError('unauthorized', 'Sign in to continue');
    }
    if (!user) {
      const reason = info instanceof Error ? info.name : '';
      if (reason === 'TokenExpiredError') {
        throw new DomainError('unauthorized', 'Your session has expired; sign in again', 'token_expired');
      }
      if (info instanceof Error && info.message === 'No auth token') {
        throw new DomainError('unauthorized', 'Sign in to continue', 'token_missing');
      }
      throw new DomainError('unauthorized', 'Your sign-in is not valid; sign in again', 'token_invalid');
    }
    return user;
  }
}
