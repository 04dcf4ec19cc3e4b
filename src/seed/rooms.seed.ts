import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { RoomsRepository } from '../rooms/rooms.repository';
import { DemoArea, DemoWeek, personId } from './demo-week';

/** How far each demo person has read their group chat (DEMO_MESSAGES): some are caught up, some have new messages. */
export const DEMO_READS: { by: string; room: number; seq: number }[] = [
  { by: 'river@demo.hearth.test', room: 0, seq: 5 },
  { by: 'sunny@demo.hearth.test', room: 0, seq: 3 },
  { by: 'clinician@demo.hearth.test', room: 0, seq: 1 },
];

@Injectable()
export class RoomsDemo implements DemoArea {
  constructor(private readonly rooms: RoomsRepository) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    for (const read of DEMO_READS) {
      await this.rooms.markRead(personId(week, read.by), week.roomIds[read.room], read.seq, tx);
    }
  }
}
