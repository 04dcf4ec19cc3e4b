import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { AccountService, MeView } from './account.service';

@ApiTags('account')
@ApiBearerAuth()
@Controller('me')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Authenticated('any', { beforeConsent: true })
  @Get()
  @ApiOperation({ summary: 'The caller: profile, role, cohorts, and whether new terms await acceptance' })
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.account.me(user);
  }
}
