import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { RateLimiter } from '../common/rate-limiter';
import { SafetyCheckDto } from '../crisis/crisis.dto';
import { callsForHelp, ContentSafetyService } from './content-safety.service';
import { CreateWatchedWordDto } from './safety.dto';
import { ScreeningPool } from './screening-pool';
import { WatchedWordsService } from './watched-words.service';
import type { SafetyCheckResult, WatchedWordView } from '../contract';

@ApiTags('safety')
@ApiBearerAuth()
@Controller()
export class SafetyController {
  constructor(
    private readonly watchedWords: WatchedWordsService,
    private readonly limiter: RateLimiter,
    private readonly screening: ScreeningPool,
    private readonly safety: ContentSafetyService,
  ) {}

  @Authenticated()
  @Post('safety/check')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Draft-time signposting: the level of risk the draft reads as (urgent, concern, none) and the help for it. Nothing is stored or logged.',
  })
  async check(@CurrentUser() user: AuthUser, @Body() dto: SafetyCheckDto): Promise<SafetyCheckResult> {
    await this.limiter.require(`safety-check:${user.id}`, 30, 60_000);
    // The same verdict and help as the content pipeline gives after posting (ContentSafetyService.record).
    const verdict = (await this.screening.analyse(dto.text)).crisis;
    if (!callsForHelp(verdict)) {
      return { crisis: false, level: 'none', someoneElse: false, resources: [] };
    }
    return this.safety.signpost(verdict);
  }

  @Authenticated(['admin'])
  @Get('moderation/watched-words')
  @ApiOperation({ summary: 'Watched words and what happens to content that contains them (admin)' })
  list(): Promise<WatchedWordView[]> {
    return this.watchedWords.list();
  }

  @Authenticated(['admin'])
  @Post('moderation/watched-words')
  @ApiOperation({ summary: 'Watch a word or safe pattern: block, require approval, flag or censor (admin)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWatchedWordDto): Promise<WatchedWordView> {
    return this.watchedWords.create(user, dto);
  }

  @Authenticated(['admin'])
  @Delete('moderation/watched-words/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop watching a word (admin)' })
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.watchedWords.remove(user, id);
  }
}
