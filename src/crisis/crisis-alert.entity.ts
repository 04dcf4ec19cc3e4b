import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SpaceKind } from '../access/policy';
import type { AlertCategory, AlertOutcome, AlertStatus } from '../contract';

/** A person may be in danger: on-duty staff are alerted, and everyone if nobody acknowledges in time. */
@Entity('crisis_alerts')
export class CrisisAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'review_item_id', nullable: true })
  reviewItemId!: string | null;

  @Column('text', { name: 'target_type' })
  targetType!: 'message' | 'post' | 'thread' | 'checkin';

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @Column('text', { name: 'space_kind', nullable: true })
  spaceKind!: SpaceKind | null;

  @Column('text', { array: true })
  categories!: AlertCategory[];

  @Column('text')
  status!: AlertStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The escalation timer: held in the database so it survives restarts and fires once across nodes. */
  @Column('timestamptz', { name: 'escalate_at' })
  escalateAt!: Date;

  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  @Column('uuid', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column('text', { nullable: true })
  outcome!: AlertOutcome | null;

  @Column('text', { nullable: true })
  note!: string | null;
}
