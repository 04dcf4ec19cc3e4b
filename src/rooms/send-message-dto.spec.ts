import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, QUICK_ACCEPT } from '../common/validation';
import { SendMessageDto } from './rooms.dto';

/** The same DTO without its quick acceptance: every payload through class-validator's full walk. */
class FullyValidated extends SendMessageDto {
  static override [QUICK_ACCEPT] = undefined as never;
}

const pipe = createValidationPipe();
const ROOM = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const as = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 3 as never, metatype, data: '' });

async function outcome(value: unknown, metatype: ArgumentMetadata['metatype']): Promise<unknown> {
  try {
    const dto = (await pipe.transform(value, as(metatype))) as object;
    return { accepted: { ...dto } };
  } catch (error) {
    return { refused: (error as { getResponse(): unknown }).getResponse() };
  }
}

const emoji = '🙂';
const payloads: Record<string, unknown>[] = [
  { roomId: ROOM, clientMsgId: 'c-1', body: 'hello everyone' },
  { roomId: ROOM.toUpperCase(), clientMsgId: 'c-1', body: '  leading and trailing  ' },
  { roomId: '00000000-0000-0000-0000-000000000000', clientMsgId: 'x', body: 'nil room' },
  { roomId: '6f1c2a4e-8b3d-9c5e-9f70-1a2b3c4d5e6f', clientMsgId: 'x', body: 'version 9 is not a UUID here' },
  { roomId: 'not-a-uuid', clientMsgId: 'x', body: 'hi' },
  { roomId: ROOM, clientMsgId: 'a'.repeat(64), body: 'longest id' },
  { roomId: ROOM, clientMsgId: 'a'.repeat(65), body: 'id too long' },
  { roomId: ROOM, clientMsgId: '', body: 'empty id' },
  { roomId: ROOM, clientMsgId: 'has space', body: 'id with a space' },
  { roomId: ROOM, clientMsgId: 'é', body: 'id not ascii' },
  { roomId: ROOM, clientMsgId: 'x', body: 'a'.repeat(4000) },
  { roomId: ROOM, clientMsgId: 'x', body: 'a'.repeat(4001) },
  { roomId: ROOM, clientMsgId: 'x', body: emoji.repeat(4000) },
  { roomId: ROOM, clientMsgId: 'x', body: emoji.repeat(4001) },
  { roomId: ROOM, clientMsgId: 'x', body: '   ' },
  { roomId: ROOM, clientMsgId: 'x', body: '' },
  { roomId: ROOM, clientMsgId: 'x', body: 42 },
  { roomId: ROOM, clientMsgId: 7, body: 'numeric id' },
  { roomId: ROOM, body: 'no id' },
  { clientMsgId: 'x', body: 'no room' },
  { roomId: ROOM, clientMsgId: 'x', body: 'extra field', admin: true },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: 'mentions of relapse' },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: '  padded  ' },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: '   ' },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: '' },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: null },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: 'w'.repeat(120) },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: 'w'.repeat(121) },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: ` ${'w'.repeat(120)} ` },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: 3 },
  { roomId: ROOM, clientMsgId: 'x', body: 'warned', contentWarning: { nested: true } },
  { roomId: ROOM, clientMsgId: 'x', body: { nested: 'object' } },
  Object.assign(Object.create({ inherited: 'field' }) as object, { roomId: ROOM, clientMsgId: 'x', body: 'proto' }),
];

describe('message:send validation', () => {
  it('accepts a well-formed send quickly, as the DTO it would have been', () => {
    const quick = SendMessageDto[QUICK_ACCEPT]({ roomId: ROOM, clientMsgId: 'c-1', body: 'hello everyone' });
    expect(quick).toBeInstanceOf(SendMessageDto);
    expect({ ...quick }).toEqual({ roomId: ROOM, clientMsgId: 'c-1', body: 'hello everyone' });
  });

  it.each(payloads.map((payload, i) => [i, payload]))(
    'answers payload %i exactly as the full validation does',
    async (_i, payload) => {
      const full = await outcome(payload, FullyValidated);
      const quick = await outcome(payload, SendMessageDto);
      expect(quick).toStrictEqual(full);
    },
  );

  it('leaves every refusal to the full validation, which names the field', async () => {
    expect(await outcome({ roomId: ROOM, clientMsgId: 'x', body: '   ' }, SendMessageDto)).toEqual({
      refused: expect.objectContaining({ message: ['body must not be blank'] }),
    });
    expect(SendMessageDto[QUICK_ACCEPT]({ roomId: ROOM, clientMsgId: 'x', body: 'hi', admin: true })).toBeUndefined();
  });
});
