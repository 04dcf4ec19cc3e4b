import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { IssueInviteDto } from './invites.dto';
import { IssuedInvite, InvitesService } from './invites.service';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller()
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

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

  @Authenticated(['admin'])
  @Post('invites')
  @ApiOperation({ summary: 'Issue an invite for a moderator or admin account, outside any cohort (admin)' })
  issueStaff(@CurrentUser() user: AuthUser, @Body() dto: IssueInviteDto): Promise<IssuedInvite> {
    return this.invites.issue(user, null, dto);
  }
}
