import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { Role } from '../contract';

/** A person's role changing, as the features whose records follow it see it. */
export interface RoleChange {
  userId: string;
  from: Role;
  to: Role;
  actorId: string;
  /** When undoing an earlier change: what its steps recorded (e.g. the cohorts a member left), to put back. */
  restore?: Record<string, unknown>;
}

/** What one feature does about a role change, inside the change's transaction. */
export type RoleChangeStep = (change: RoleChange, tx: Tx) => Promise<Record<string, unknown> | void>;

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

  /** Runs every step; what they report (ids only) is recorded with the change, so an undo can put it back. */
  async apply(change: RoleChange, tx: Tx): Promise<Record<string, unknown>> {
    const done: Record<string, unknown> = {};
    for (const step of this.steps) {
      Object.assign(done, (await step(change, tx)) ?? {});
    }
    return done;
  }
}
