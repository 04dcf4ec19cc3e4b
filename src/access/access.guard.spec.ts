import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Public } from './access.decorator';
import { AccessGuard } from './access.guard';

class Undeclared {
  handler(): void {}
}
class Open {
  @Public()
  handler(): void {}
}

const contextFor = (cls: { prototype: { handler: () => void } }, user?: object): ExecutionContext =>
  ({
    getHandler: () => cls.prototype.handler,
    getClass: () => cls,
    switchToHttp: () => ({ getRequest: () => ({ headers: {}, user }), getResponse: () => ({}) }),
    getType: () => 'http',
  }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('refuses a handler that declares no access rule', async () => {
    await expect(guard.canActivate(contextFor(Undeclared))).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('lets anyone call a public handler', async () => {
    await expect(guard.canActivate(contextFor(Open))).resolves.toBe(true);
  });
});
