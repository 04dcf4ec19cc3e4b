import { Reflector } from '@nestjs/core';
import type { Role } from '../contract';

/**
 * Who may call a route or socket event. Every handler declares one; the global
 * AccessGuard refuses any handler that declares nothing.
 *  - `public`: no account needed (health, terms, sign-in).
 *  - `roles`: a signed-in user with one of these roles ('any' = every role).
 *  - `onboarding`: allowed while the user still has steps to complete before
 *    using Hearth (accepting new terms, setting up a required second factor):
 *    reading their own profile, completing those steps, exporting or deleting their data.
 */
export interface AccessRule {
  public?: boolean;
  roles?: readonly Role[] | 'any';
  onboarding?: boolean;
}

export const Access = Reflector.createDecorator<AccessRule>();

export const Public = (): MethodDecorator & ClassDecorator => Access({ public: true });

export const Authenticated = (
  roles: readonly Role[] | 'any' = 'any',
  options: { onboarding?: boolean } = {},
): MethodDecorator & ClassDecorator => Access({ roles, ...options });
