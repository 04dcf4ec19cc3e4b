import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { Role } from '../contract';

/** A person's role changing, as the features whose records follow it see it. */
export interface RoleChange {
  userId: string;
  from: Role;
  to: Role;
  actorId: string;
}

/** What one feature does about a role change, inside the change's transaction. */
export type RoleChangeStep = (change: RoleChange, tx: Tx) => Promise<void>;

/**
 * Features whose records follow a person's role register a step here (cohorts:
 * alumni leave their member cohorts), so a role change and its consequences
 * commit together while users never imports those features.
 */
@Injectable()
export class RoleChanges {
  private readonly steps: RoleChangeStep[] = [];

  register(step: RoleChangeStep): void {
    this.steps.push(step);
  }

  async apply(change: RoleChange, tx: Tx): Promise<void> {
    for (const step of this.steps) {
      await step(change, tx);
    }
  }
}
