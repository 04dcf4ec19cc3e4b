import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import type { Tx } from '../database/transactions';
import type { AlertOutcome, AlertStatus } from '../contract';

/** An alert's record as its review item's decision gives it (the item's reason is the note). */
export interface CaseOutcome {
  outcome: AlertOutcome;
}

export interface LinkedAlert {
  id: string;
  status: AlertStatus;
}

/**
 * One crisis, one case (PRODUCT.md): a review item raised with a crisis alert
 * belongs to that alert. The crisis lane registers how to find and close the
 * alert of an item, so that deciding the item from the queue records the
 * alert's outcome too; moderation never imports the crisis lane.
 */
export interface CrisisCaseHandler {
  /**
   * The alerts linked to these review items (item id → alert); with `tx`, the
   * unresolved ones are locked (an alert is always locked before its item).
   */
  alertsOf(itemIds: string[], tx?: Tx): Promise<Map<string, LinkedAlert>>;
  /** Resolves the item's unresolved alert in the item's transaction (audited); its id, or undefined if none is open. */
  resolveWithItem(
    itemId: string,
    user: AuthUser,
    record: CaseOutcome & { note: string },
    tx: Tx,
  ): Promise<string | undefined>;
  /** After commit: staff see the alert resolved. */
  announce(alertId: string): Promise<void>;
}

const NONE: CrisisCaseHandler = {
  alertsOf: () => Promise.resolve(new Map<string, LinkedAlert>()),
  resolveWithItem: () => Promise.resolve(undefined),
  announce: () => Promise.resolve(),
};

@Injectable()
export class CrisisCases {
  private handler: CrisisCaseHandler = NONE;

  register(handler: CrisisCaseHandler): void {
    this.handler = handler;
  }

  alertsOf(itemIds: string[], tx?: Tx): Promise<Map<string, LinkedAlert>> {
    return itemIds.length ? this.handler.alertsOf(itemIds, tx) : Promise.resolve(new Map<string, LinkedAlert>());
  }

  resolveWithItem(
    itemId: string,
    user: AuthUser,
    record: CaseOutcome & { note: string },
    tx: Tx,
  ): Promise<string | undefined> {
    return this.handler.resolveWithItem(itemId, user, record, tx);
  }

  announce(alertId: string): Promise<void> {
    return this.handler.announce(alertId);
  }
}
