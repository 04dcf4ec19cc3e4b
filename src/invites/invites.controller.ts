import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { RateLimiter } from '../common/rate-limiter';
import { IssueInviteDto, PreviewInviteDto } from './invites.dto';
import { InvitesService } from './invites.service';
import type { InvitePreview, IssuedInvite } from '../contract';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller()
export class InvitesController {
  constructor(
    private readonly invites: InvitesService,
    private readonly limiter: RateLimiter,
  ) {}

  @Authenticated(['admin', 'clinician'])
  @Post('cohorts/:id/invites')
  @ApiOperation({
    summary: "Issue an invite code for a cohort (admin, or the cohort's clinician; staff roles admin only)",
  })
  issue(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: IssueInviteDto,
  ): Promise<IssuedInvite> {
    return this.invites.issue(user, id, dto);
  }

  @Public()
  @Post('invites/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check an invite code before registering: its role, terms audience and group name (does not use it)',
  })
  async preview(@Body() dto: PreviewInviteDto, @Req() req: Request): Promise<InvitePreview> {
    await this.limiter.require(`invite-preview:ip:${req.ip ?? 'unknown'}`, 60, 3600_000);
    return this.invites.preview(dto.inviteCode);
  }

  @Authenticated(['admin'])
  @Post('invites')
  @ApiOperation({ summary: 'Issue an invite for a moderator or admin account, outside any cohort (admin)' })
  issueStaff(@CurrentUser() user: AuthUser, @Body() dto: IssueInviteDto): Promise<IssuedInvite> {
    return this.invites.issue(user, null, dto);
  }
}
