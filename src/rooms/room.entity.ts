import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RoomKind = 'cohort' | 'alumni' | 'staff';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
