import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WatchedAction } from '../contract';

/** An admin-managed word or safe pattern with what to do when content contains it. */
@Entity('watched_words')
export class WatchedWord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  term!: string;

  @Column('boolean', { name: 'is_regex' })
  isRegex!: boolean;

  @Column('text')
  action!: WatchedAction;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
