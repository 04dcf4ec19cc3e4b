import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { CareRelation, ContactAction, decideContact, isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { StaffRepository } from '../staff/staff.repository';
import { ContactRepository } from './contact.repository';
import type { ContactView } from '../contract';

type Viewer = Pick<AuthUser, 'id' | 'role'>;

/**
 * The contact phone the program keeps on file (optional): set by the person or
 * their care team, read by the person, their clinicians, admins and staff paged
 * for a crisis alert about them. Every staff read and every change is audited;
 * the number itself never reaches a log or the audit log.
 */
@Injectable()
export class ContactService {
  constructor(
    private readonly contacts: ContactRepository,
    private readonly transactions: Transactions,
    private readonly staff: StaffRepository,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The person's contact phone for this viewer; `alertId` names the crisis alert
   * about the person that the viewer was paged for. Throws not_found when the
   * viewer may not see it (or the person does not exist).
   */
  async contactFor(viewer: Viewer, personId: string, options: { alertId?: string } = {}): Promise<ContactView> {
    const relation = await this.require(viewer, personId, 'read', options.alertId);
    const stored = await this.contacts.find(personId);
    if (relation !== 'self') {
      await this.audit.record({
        actorId: viewer.id,
        action: 'contact.read',
        targetType: 'user',
        targetId: personId,
        details: {
          as: viewer.role === 'admin' ? 'admin' : relation,
          ...(options.alertId ? { alertId: options.alertId } : {}),
        },
      });
    }
    return { phone: stored?.phone ?? null, updatedAt: stored?.updatedAt.toISOString() ?? null };
  }

  /** Sets the phone, or clears it with null. */
  async set(actor: Viewer, personId: string, phone: string | null): Promise<void> {
    const relation = await this.require(actor, personId, 'write');
    await this.transactions.run(async (tx) => {
      if (phone === null) {
        await this.contacts.clear(personId, tx);
      } else {
        await this.contacts.save(personId, phone, tx);
      }
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'contact.changed',
          targetType: 'user',
          targetId: personId,
          details: { cleared: phone === null, byThemselves: relation === 'self' },
        },
        tx,
      );
    });
  }

  private async require(
    viewer: Viewer,
    personId: string,
    action: ContactAction,
    alertId?: string,
  ): Promise<CareRelation> {
    const relation = await this.relation(viewer, personId, alertId);
    if (relation === undefined || decideContact(viewer.role, relation, action) !== 'allow') {
      throw new DomainError('not_found', 'Person not found');
    }
    return relation;
  }

  private async relation(viewer: Viewer, personId: string, alertId?: string): Promise<CareRelation | undefined> {
    const person = await this.contacts.person(personId, viewer.id);
    if (!person || person.status === 'deleted') {
      return undefined;
    }
    if (viewer.id === personId) {
      return 'self';
    }
    if (viewer.role === 'clinician' && (person.facilitatedByViewer || (await this.looksAfterAlumnus(viewer, person)))) {
      return 'care_team';
    }
    if (alertId !== undefined && isStaff(viewer) && (await this.pagedFor(viewer, personId, alertId))) {
      return 'paged';
    }
    return 'none';
  }

  /** Alumni have no cohort: the program's alumni care team looks after them. */
  private async looksAfterAlumnus(viewer: Viewer, person: { role: string; inCohort: boolean }): Promise<boolean> {
    const alumnus = (person.role === 'alumni' || person.role === 'peer_mentor') && !person.inCohort;
    return alumnus && (await this.settings.effectiveAlumniCareTeam()).includes(viewer.id);
  }

  /**
   * The viewer was paged for this open alert about the person: they acknowledged
   * it, it escalated to every clinician and admin, or they are on duty for it now.
   */
  private async pagedFor(viewer: Viewer, personId: string, alertId: string): Promise<boolean> {
    const alert = await this.contacts.alertAbout(alertId, personId);
    if (!alert || alert.status === 'resolved') {
      return false;
    }
    if (alert.acknowledgedBy === viewer.id) {
      return true;
    }
    // Escalation pages every clinician and admin (CrisisService.escalateDue).
    if (alert.escalated && (viewer.role === 'clinician' || viewer.role === 'admin')) {
      return true;
    }
    return (await this.staff.responsibleFor(alert.cohortId, { onDutyOnly: true })).includes(viewer.id);
  }
}
