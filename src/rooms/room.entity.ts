import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RoomKind } from '../contract';

@Entity('rooms')
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: RoomKind;

  @Column('text')
  name!: string;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  /** The seq of the room's newest message (bumped in the transaction that stores it). */
  @Column({ type: 'bigint', name: 'last_seq', insert: false, update: false })
  lastSeq!: string;

  @Column({ type: 'integer', name: 'slow_mode_seconds', insert: false })
  slowModeSeconds!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
