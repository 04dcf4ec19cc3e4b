import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuditService } from '../audit/audit.service';
import type { WatchedWord } from './watched-word.entity';
import type { WatchedWordsRepository } from './watched-words.repository';
import { WatchedWordsService } from './watched-words.service';

/** The cache's own logic, with a list the test controls (the database path is in test/safety.e2e-spec.ts). */
function serviceWith(list: () => Promise<WatchedWord[]>): { service: WatchedWordsService; reads: () => number } {
  let reads = 0;
  const words = {
    list: () => {
      reads++;
      return list();
    },
  } as unknown as WatchedWordsRepository;
  const service = new WatchedWordsService(words, {} as AuditService, {} as EventEmitter2);
  return { service, reads: () => reads };
}

const word = (term: string): WatchedWord =>
  ({ id: term, term, isRegex: false, action: 'block', createdAt: new Date() }) as unknown as WatchedWord;

describe('WatchedWordsService.matcher', () => {
  it('lets sends that arrive together share one read of the list', async () => {
    const { service, reads } = serviceWith(() => Promise.resolve([word('forbidden')]));
    const matchers = await Promise.all(Array.from({ length: 50 }, () => service.matcher()));
    expect(reads()).toBe(1);
    expect(new Set(matchers).size).toBe(1);
  });

  it('reads again after a change, and after a failed read', async () => {
    let fail = true;
    const { service, reads } = serviceWith(() =>
      fail ? Promise.reject(new Error('database unavailable')) : Promise.resolve([]),
    );
    await expect(service.matcher()).rejects.toThrow('database unavailable');
    fail = false;
    await service.matcher();
    expect(reads()).toBe(2);
    service.invalidate();
    await service.matcher();
    expect(reads()).toBe(3);
  });
});
