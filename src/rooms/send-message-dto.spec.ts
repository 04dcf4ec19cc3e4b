import type { ArgumentMetadata } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { createValidationPipe, QUICK_ACCEPT } from '../common/validation';
import { SendMessageDto } from './rooms.dto';

/** The same DTO without its quick acceptance (the pipe uses a class's own only): class-validator's full walk. */
class FullyValidated extends SendMessageDto {}

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
const send = (fields: Record<string, unknown>): Record<string, unknown> => ({
  roomId: ROOM,
  clientMsgId: 'x',
  body: 'hello',
  ...fields,
});
/** Each payload, and whether the quick check takes it (true) or leaves it to the full validation (false). */
const payloads: [string, Record<string, unknown>, boolean][] = [
  ['a plain send', { roomId: ROOM, clientMsgId: 'c-1', body: 'hello everyone' }, true],
  ['an upper-case room id, padded body', send({ roomId: ROOM.toUpperCase(), body: '  padded  ' }), true],
  ['the nil UUID', send({ roomId: '00000000-0000-0000-0000-000000000000' }), true],
  ['a version 9 UUID', send({ roomId: '6f1c2a4e-8b3d-9c5e-9f70-1a2b3c4d5e6f' }), false],
  ['no UUID', send({ roomId: 'not-a-uuid' }), false],
  ['a 64-character id', send({ clientMsgId: 'a'.repeat(64) }), true],
  ['a 65-character id', send({ clientMsgId: 'a'.repeat(65) }), false],
  ['an empty id', send({ clientMsgId: '' }), false],
  ['an id with a space', send({ clientMsgId: 'has space' }), false],
  ['an id not in ASCII', send({ clientMsgId: 'é' }), false],
  ['a 4,000-character body', send({ body: 'a'.repeat(4000) }), true],
  ['a 4,001-character body', send({ body: 'a'.repeat(4001) }), false],
  ['4,000 emoji (8,000 UTF-16 units: the length counts characters)', send({ body: emoji.repeat(4000) }), true],
  ['4,001 emoji', send({ body: emoji.repeat(4001) }), false],
  ['a blank body', send({ body: '   ' }), false],
  ['an empty body', send({ body: '' }), false],
  ['a numeric body', send({ body: 42 }), false],
  ['a numeric id', send({ clientMsgId: 7 }), false],
  ['no id', { roomId: ROOM, body: 'no id' }, false],
  ['no room', { clientMsgId: 'x', body: 'no room' }, false],
  ['an extra field', send({ admin: true }), false],
  ['a content warning', send({ contentWarning: 'mentions of relapse' }), true],
  ['a padded content warning', send({ contentWarning: '  padded  ' }), true],
  ['a blank content warning', send({ contentWarning: '   ' }), true],
  ['an empty content warning', send({ contentWarning: '' }), true],
  ['a null content warning', send({ contentWarning: null }), true],
  ['a 120-character warning', send({ contentWarning: 'w'.repeat(120) }), true],
  ['a 121-character warning', send({ contentWarning: 'w'.repeat(121) }), false],
  ['a 120-character warning, padded', send({ contentWarning: ` ${'w'.repeat(120)} ` }), true],
  ['a numeric warning', send({ contentWarning: 3 }), false],
  ['an object warning', send({ contentWarning: { nested: true } }), false],
  ['an object body', send({ body: { nested: 'object' } }), false],
  ['a field whose value is undefined', send({ contentWarning: undefined }), false],
];

describe('message:send validation', () => {
  it.each(payloads)(
    '%s: the quick check and the full validation give the same answer',
    async (_name, payload, quick) => {
      const full = await outcome(payload, FullyValidated);
      const taken = SendMessageDto[QUICK_ACCEPT](payload);
      expect(taken !== undefined).toBe(quick);
      if (taken !== undefined) {
        expect(taken).toBeInstanceOf(SendMessageDto);
        expect(full).toStrictEqual({ accepted: { ...taken } });
      }
      expect(await outcome(payload, SendMessageDto)).toStrictEqual(full);
    },
  );

  it('leaves an own __proto__ key (as JSON.parse makes it) to the full validation, which drops it', async () => {
    // Built here: jest's table rows are copied, which would drop the key.
    const payload = JSON.parse(
      `{"roomId":"${ROOM}","clientMsgId":"x","body":"hi","__proto__":{"admin":true}}`,
    ) as Record<string, unknown>;
    expect(Object.hasOwn(payload, '__proto__')).toBe(true);
    expect(SendMessageDto[QUICK_ACCEPT](payload)).toBeUndefined();
    const full = await outcome(payload, FullyValidated);
    expect(full).toStrictEqual({ accepted: { roomId: ROOM, clientMsgId: 'x', body: 'hi' } });
    expect(await outcome(payload, SendMessageDto)).toStrictEqual(full);
  });

  it('takes only own fields: an inherited one sends the payload to the full validation', () => {
    const inheriting = Object.assign(Object.create({ admin: true }) as Record<string, unknown>, send({}));
    expect(SendMessageDto[QUICK_ACCEPT](inheriting)).toBeUndefined();
  });

  it('leaves every refusal to the full validation, which names the field', async () => {
    expect(await outcome(send({ body: '   ' }), SendMessageDto)).toEqual({
      refused: expect.objectContaining({ message: ['body must not be blank'] }),
    });
  });

  it('checks what the decorators check: a rule added to the DTO must be added to the quick check too', () => {
    const rules = getMetadataStorage()
      .getTargetValidationMetadatas(SendMessageDto, '', true, false)
      .map((m) => `${m.propertyName} ${m.name ?? m.type}`)
      .sort();
    expect(rules).toEqual([
      'body isString',
      'body matches',
      'body maxLength',
      'clientMsgId isLength',
      'clientMsgId isString',
      'clientMsgId matches',
      'contentWarning conditionalValidation',
      'contentWarning isString',
      'contentWarning maxLength',
      'roomId isUuid',
    ]);
  });
});
