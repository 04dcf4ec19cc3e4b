import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipKind } from '../contract';

export type LeftReason = 'step_down' | 'removed' | 'account_deleted';

@Entity('cohort_memberships')
export class CohortMembership {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: MembershipKind;

  @Column('timestamptz', { name: 'joined_at', default: () => 'now()' })
  joinedAt!: Date;

  @Column('timestamptz', { name: 'left_at', nullable: true })
  leftAt!: Date | null;

  @Column('text', { name: 'left_reason', nullable: true })
  leftReason!: LeftReason | null;

  @Column('uuid', { name: 'left_by', nullable: true })
  leftBy!: string | null;
}
