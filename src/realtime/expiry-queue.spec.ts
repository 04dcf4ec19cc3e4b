import { Logger } from '@nestjs/common';
import { ExpiryQueue } from './expiry-queue';

describe('ExpiryQueue', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('calls each item at its own time, in time order, whatever the order they were added in', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<string>((item) => expired.push(`${item}@${Date.now() - 1_000_000}`));
    const times = [700, 100, 400, 150, 900, 250, 50];
    times.forEach((at, i) => queue.set(`s${i}`, 1_000_000 + at));
    jest.advanceTimersByTime(99);
    expect(expired).toEqual(['s6@50']);
    jest.advanceTimersByTime(1_000);
    expect(expired).toEqual(['s6@50', 's1@100', 's3@150', 's5@250', 's2@400', 's0@700', 's4@900']);
    expect(queue.size).toBe(0);
  });

  it('moves an item to its new time when set again, later or sooner', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<string>((item) => expired.push(item));
    queue.set('a', 1_000_100);
    queue.set('b', 1_000_200);
    queue.set('a', 1_000_300); // renewed
    jest.advanceTimersByTime(250);
    expect(expired).toEqual(['b']);
    queue.set('a', 1_000_260); // sooner again
    jest.advanceTimersByTime(10);
    expect(expired).toEqual(['b', 'a']);
  });

  it('never calls an item deleted before its time, and keeps the others on time', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<number>((item) => expired.push(String(item)));
    for (let i = 0; i < 50; i++) {
      queue.set(i, 1_000_000 + 10 * (50 - i));
    }
    for (let i = 0; i < 50; i += 2) {
      queue.delete(i);
    }
    queue.delete(999); // never added: nothing happens
    expect(queue.size).toBe(25);
    jest.advanceTimersByTime(500);
    expect(expired).toEqual(Array.from({ length: 25 }, (_, k) => String(49 - 2 * k)));
  });

  it('calls at once an item whose time has passed, and holds no timer once empty', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<string>((item) => expired.push(item));
    queue.set('late', 999_000);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(0);
    expect(expired).toEqual(['late']);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('calls every item due together even when one of them throws, and does not throw out of its timer', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<string>((item) => {
      if (item === 'broken') {
        throw new Error('emit failed');
      }
      expired.push(item);
    });
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      queue.set('before', 1_000_100);
      queue.set('broken', 1_000_100);
      queue.set('after', 1_000_100);
      queue.set('later', 1_000_200);
      expect(() => jest.advanceTimersByTime(100)).not.toThrow();
      expect(expired.sort()).toEqual(['after', 'before']);
      expect(error).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(100);
      expect(expired).toContain('later');
    } finally {
      error.mockRestore();
    }
  });

  it('waits beyond the longest timer Node allows', () => {
    const expired: string[] = [];
    const queue = new ExpiryQueue<string>((item) => expired.push(item));
    const far = 2 ** 31 + 5_000;
    queue.set('far', 1_000_000 + far);
    jest.advanceTimersByTime(2 ** 31 - 1);
    expect(expired).toEqual([]);
    jest.advanceTimersByTime(5_001);
    expect(expired).toEqual(['far']);
  });
});
