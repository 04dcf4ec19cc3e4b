import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FlagReason, TargetType } from '../contract';

/** One person's report; the reporter is never shown to peers or to the author. */
@Entity('flags')
export class Flag {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'review_item_id' })
  reviewItemId!: string;

  @Column('text', { name: 'target_type' })
  targetType!: TargetType;

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('uuid', { name: 'reporter_id', nullable: true })
  reporterId!: string | null;

  @Column('text')
  reason!: FlagReason;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('int')
  weight!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
