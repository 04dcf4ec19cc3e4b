import { BadRequestException } from '@nestjs/common';
import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from './validation';

describe('the validation pipe', () => {
  const pipe = createValidationPipe();

  it('refuses NUL and unpaired surrogates in what a client sends, naming the field', async () => {
    for (const type of ['body', 'query', 3] as unknown as ArgumentMetadata['type'][]) {
      await expect(pipe.transform({ body: 'a\u0000b' }, { type, metatype: Object })).rejects.toBeInstanceOf(
        BadRequestException,
      );
      await expect(pipe.transform({ nested: { text: '\ud800' } }, { type, metatype: Object })).rejects.toThrow(
        BadRequestException,
      );
    }
  });

  it('never walks framework values such as the socket (WsParamtype.SOCKET = 0) or custom decorators', async () => {
    // A socket reaches the whole server; reading it field by field once cost seconds per event.
    const touched: string[] = [];
    const socket = new Proxy(
      {},
      {
        ownKeys: () => {
          touched.push('keys');
          return [];
        },
        get: (_t, key) => {
          touched.push(String(key));
          return undefined;
        },
      },
    );
    for (const type of [0, 'custom'] as unknown as ArgumentMetadata['type'][]) {
      await pipe.transform(socket, { type, metatype: Object });
    }
    expect(touched.filter((k) => k === 'keys')).toEqual([]);
  });
});
