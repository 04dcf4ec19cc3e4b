import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { CurrentUser } from '../access/current-user.decorator';
import { SettingsService } from '../settings/settings.service';
import { TotpCodeDto } from './auth.dto';
import { TotpService } from './totp.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller()
export class TotpController {
  constructor(
    private readonly totp: TotpService,
    private readonly settings: SettingsService,
  ) {}

  @Authenticated('any', { onboarding: true })
  @Post('me/totp/setup')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start setting up a second factor: a secret and otpauth:// URI for an authenticator app' })
  setup(@CurrentUser() user: AuthUser): Promise<{ secret: string; otpauthUri: string }> {
    return this.totp.setup(user);
  }

  @Authenticated('any', { onboarding: true })
  @Post('me/totp/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm with a current code; returns single-use recovery codes (shown once)' })
  enable(@CurrentUser() user: AuthUser, @Body() dto: TotpCodeDto): Promise<{ recoveryCodes: string[] }> {
    return this.totp.enable(user, dto.code);
  }

  @Authenticated('any', { onboarding: true })
  @Post('me/totp/recovery-codes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the recovery codes (needs a current code)' })
  recoveryCodes(@CurrentUser() user: AuthUser, @Body() dto: TotpCodeDto): Promise<{ recoveryCodes: string[] }> {
    return this.totp.regenerateRecoveryCodes(user, dto.code);
  }

  @Authenticated()
  @Delete('me/totp')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn the second factor off (not allowed for staff when the program requires it)' })
  async disable(@CurrentUser() user: AuthUser, @Body() dto: TotpCodeDto): Promise<void> {
    const required = isStaff(user) && (await this.settings.get()).staffMfaRequired;
    return this.totp.disable(user, dto.code, required);
  }

  @Authenticated(['admin'])
  @Delete('users/:id/totp')
  @HttpCode(204)
  @ApiOperation({ summary: "Reset someone's lost second factor (admin; audited)" })
  reset(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.totp.reset(user, id);
  }
}
