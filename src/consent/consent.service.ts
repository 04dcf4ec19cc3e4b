import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import { Consent } from './consent.entity';
import { TERMS } from './terms';
import type { Terms, TermsAudience } from '../contract';

@Injectable()
export class ConsentService {
  constructor(
    @InjectRepository(Consent) private readonly consents: Repository<Consent>,
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
    await this.record(this.consents.manager, user.id, user.termsAudience);
    // Answer once this node's open sockets know (a join sent right after must not be refused for terms).
    await this.events.emitAsync('consent.accepted', { userId: user.id }).catch(() => undefined);
  }

  async record(manager: EntityManager, userId: string, audience: TermsAudience): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Consent)
      .values({ userId, audience, version: TERMS[audience].version })
      .orIgnore()
      .execute();
  }
}
