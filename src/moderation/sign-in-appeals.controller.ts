import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access.decorator';
import { AuthService } from '../auth/auth.service';
import { clientMeta } from '../auth/client-meta';
import { RateLimiter } from '../common/rate-limiter';
import { SignInAppealDto, StandingDto } from './appeals.dto';
import { AppealsService } from './appeals.service';
import type { AppealView, SanctionStanding } from '../contract';

/** Requests per address per hour to read a standing or appeal without a session (on top of sign-in's own limits). */
const PER_IP_PER_HOUR = 30;

/**
 * A suspended or banned person has no session: their credentials (with their
 * second factor, as at sign-in) identify them to read why and to appeal. Wrong
 * credentials count as failed sign-ins; nothing here issues a session.
 */
@ApiTags('moderation')
@Controller('auth')
export class SignInAppealsController {
  constructor(
    private readonly auth: AuthService,
    private readonly appeals: AppealsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Post('standing')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A suspended or banned account, by its credentials: why, until when, and its appeal (no session)',
  })
  async standing(@Body() dto: StandingDto, @Req() req: Request): Promise<SanctionStanding> {
    const meta = clientMeta(req);
    await this.limiter.require(`standing:ip:${meta.ip}`, PER_IP_PER_HOUR, 3600_000);
    return this.appeals.standing(await this.auth.checkCredentials(dto, meta));
  }

  @Public()
  @Post('appeal')
  @ApiOperation({
    summary: 'Appeal the suspension or ban in force, identified by credentials (once; no session)',
  })
  async appeal(@Body() dto: SignInAppealDto, @Req() req: Request): Promise<AppealView> {
    const meta = clientMeta(req);
    await this.limiter.require(`standing:ip:${meta.ip}`, PER_IP_PER_HOUR, 3600_000);
    const user = await this.auth.checkCredentials(dto, meta);
    return this.appeals.createFromSignIn(user, dto.text.trim());
  }
}
