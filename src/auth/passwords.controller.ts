import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Authenticated, Public } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ChangePasswordDto, RedeemInviteDto, ResetPasswordDto } from './auth.dto';
import { clientMeta } from './client-meta';
import { PasswordsService } from './passwords.service';
import { ReturningService } from './returning.service';
import type { IssuedResetCode, RedeemResult } from '../contract';

/** Account basics without email: changing a password, a reset code from staff, and returning to a new group. */
@ApiTags('account')
@ApiBearerAuth()
@Controller()
export class PasswordsController {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly returning: ReturningService,
  ) {}

  @Authenticated('any', { onboarding: true })
  @Post('me/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password (the current one required); my other sessions end' })
  change(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.passwords.change(user, dto.currentPassword, dto.newPassword);
  }

  @Authenticated(['admin', 'clinician'])
  @Post('users/:id/password-reset')
  @ApiOperation({
    summary:
      "A single-use reset code, valid 24 hours, to hand over in person (admins for anyone; a member's clinicians for that member; audited)",
  })
  issue(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<IssuedResetCode> {
    return this.passwords.issueReset(user, id);
  }

  @Public()
  @Post('auth/reset')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with a reset code: every session ends; a second factor stays required (rate limited)',
  })
  reset(@Body() dto: ResetPasswordDto, @Req() req: Request): Promise<void> {
    return this.passwords.reset(dto.code, dto.newPassword, clientMeta(req).ip);
  }

  @Authenticated()
  @Post('invites/redeem')
  @HttpCode(200)
  @ApiOperation({ summary: 'A returning person joins a new group with its invite (alumni become members again)' })
  redeem(@CurrentUser() user: AuthUser, @Body() dto: RedeemInviteDto): Promise<RedeemResult> {
    return this.returning.redeem(user, dto.code);
  }
}
