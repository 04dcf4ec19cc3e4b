import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { AcceptTermsDto, TermsQuery } from './consent.dto';
import { ConsentService } from './consent.service';
import type { Terms } from '../contract';

@ApiTags('auth')
@Controller('terms')
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Current community guidelines, peer-confidentiality agreement and confidentiality notice' })
  current(@Query() query: TermsQuery): Terms {
    return this.consent.current(query.audience);
  }

  @Authenticated('any', { onboarding: true })
  @Post('accept')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Accept the current version of the caller's terms" })
  accept(@CurrentUser() user: AuthUser, @Body() body: AcceptTermsDto): Promise<void> {
    return this.consent.accept(user, body.version);
  }
}
