import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Invite } from './invite.entity';

export type NewInvite = Pick<Invite, 'codeHash' | 'cohortId' | 'role' | 'maxUses' | 'expiresAt' | 'createdBy'>;

/** Invite codes, found by their hash. */
@Injectable()
export class InvitesRepository {
  constructor(@InjectRepository(Invite) private readonly invites: Repository<Invite>) {}

  insert(invite: NewInvite, tx: Tx): Promise<Invite> {
    const repo = tx.getRepository(Invite);
    return repo.save(repo.create({ ...invite, uses: 0 }));
  }

  findByCodeHash(codeHash: string): Promise<Invite | null> {
    return this.invites.findOneBy({ codeHash });
  }

  /** The invite, locked until the transaction ends: concurrent registrations with one code take turns. */
  lockByCodeHash(codeHash: string, tx: Tx): Promise<Invite | null> {
    return tx
      .getRepository(Invite)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.code_hash = :hash', { hash: codeHash })
      .getOne();
  }

  async spendOne(id: string, tx: Tx): Promise<void> {
    await tx.getRepository(Invite).increment({ id }, 'uses', 1);
  }
}
