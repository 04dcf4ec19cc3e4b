import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { StaffRepository } from './staff.repository';
import type { DutyView } from '../contract';

/** Staff coverage: who is on duty, so members know whether someone is watching right now. */
@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async setDuty(user: AuthUser, onDuty: boolean): Promise<DutyView> {
    await this.staff.setDuty(user.id, onDuty);
    await this.audit.record({
      actorId: user.id,
      action: onDuty ? 'staff.on_duty' : 'staff.off_duty',
      targetType: 'user',
      targetId: user.id,
    });
    return this.duty(user);
  }

  async duty(user: AuthUser): Promise<DutyView> {
    const cohortIds = isStaff(user) ? [] : await this.access.ownCohortIds(user.id);
    const onDuty = await this.staff.onDutyFor(cohortIds);
    const view: DutyView = {
      onDuty: onDuty.some((s) => s.id === user.id),
      staffOnDuty: onDuty.length > 0,
      count: onDuty.length,
    };
    if (isStaff(user)) {
      view.staff = onDuty.map((s) => ({
        displayName: s.displayName,
        role: s.role,
        since: new Date(s.since).toISOString(),
      }));
    }
    return view;
  }
}
