import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { ConsentRepository } from './consent.repository';
import { TERMS } from './terms';
import type { Terms, TermsAudience } from '../contract';

@Injectable()
export class ConsentService {
  constructor(
    private readonly consents: ConsentRepository,
    private readonly events: EventEmitter2,
  ) {}

  current(audience: TermsAudience = 'member'): Terms {
    return TERMS[audience];
  }

  /** Records acceptance of the current version for the user's audience (idempotent). */
  async accept(user: AuthUser, version: string): Promise<void> {
    const terms = TERMS[user.termsAudience];
    if (version !== terms.version) {
      throw new DomainError(
        'conflict',
        `version ${version} is not the current version (${terms.version}); reload and read it again`,
      );
    }
    await this.record(user.id, user.termsAudience);
    // Answer once this node's open sockets know (a join sent right after must not be refused for terms).
    await this.events.emitAsync('consent.accepted', { userId: user.id }).catch(() => undefined);
  }

  /** Whether the person accepted the current version for `audience`. */
  hasAcceptedCurrent(userId: string, audience: TermsAudience, tx?: Tx): Promise<boolean> {
    return this.consents.hasAccepted(userId, audience, TERMS[audience].version, tx);
  }

  /** Records acceptance of the current version for `audience`; in `tx` when given (a registration). */
  async record(userId: string, audience: TermsAudience, tx?: Tx): Promise<void> {
    await this.consents.accept(userId, audience, TERMS[audience].version, tx);
  }
}
