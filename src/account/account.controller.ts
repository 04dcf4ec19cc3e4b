import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { DeleteAccountDto, EndSessionsQuery, UpdateMeDto } from './account.dto';
import { PrivacyService } from './privacy.service';
import { AccountService } from './account.service';
import type { AccountExport, MeView, SessionView, UserSummary } from '../contract';

@ApiTags('account')
@ApiBearerAuth()
@Controller('me')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly privacy: PrivacyService,
  ) {}

  @Authenticated('any', { onboarding: true })
  @Get()
  @ApiOperation({ summary: 'The caller: profile, role, cohorts, and whether new terms await acceptance' })
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.account.me(user);
  }

  @Authenticated()
  @Patch()
  @ApiOperation({ summary: 'Change my display name (a pseudonym: the same rules as at registration)' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<UserSummary> {
    return this.account.rename(user, dto.displayName);
  }

  @Authenticated('any', { onboarding: true })
  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="my-data.json"')
  @ApiOperation({ summary: 'Everything Hearth holds about me, as JSON' })
  export(@CurrentUser() user: AuthUser): Promise<AccountExport> {
    return this.privacy.export(user.id);
  }

  @Authenticated('any', { onboarding: true })
  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account: personal data erased, sessions ended; my words kept as "Former member" or purged',
  })
  delete(@CurrentUser() user: AuthUser, @Body() dto: DeleteAccountDto): Promise<void> {
    return this.privacy.deleteOwn(user, dto.password, dto.purgeContent ?? false);
  }

  @Authenticated('any', { onboarding: true })
  @Get('sessions')
  @ApiOperation({ summary: 'My signed-in sessions: device, started, last used' })
  sessions(@CurrentUser() user: AuthUser): Promise<SessionView[]> {
    return this.account.sessions(user);
  }

  @Authenticated('any', { onboarding: true })
  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of my sessions (its open connections close at once)' })
  endSession(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.account.endSession(user, id);
  }

  @Authenticated('any', { onboarding: true })
  @Delete('sessions')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere else (includeCurrent=true: everywhere)' })
  endSessions(@CurrentUser() user: AuthUser, @Query() query: EndSessionsQuery): Promise<void> {
    return this.account.endSessions(user, query.includeCurrent === 'true');
  }
}
