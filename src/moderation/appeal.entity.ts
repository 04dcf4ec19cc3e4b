import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AppealStatus } from '../contract';

/** A person asks, once, for a decision about them to be looked at again by someone else. */
@Entity('appeals')
export class Appeal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'review_item_id', nullable: true })
  reviewItemId!: string | null;

  @Column('uuid', { name: 'sanction_id', nullable: true })
  sanctionId!: string | null;

  @Column('text')
  text!: string;

  @Column('text')
  status!: AppealStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
