import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { RateLimiter } from '../common/rate-limiter';
import { SafetyCheckDto } from '../crisis/crisis.dto';
import { SettingsService } from '../settings/settings.service';
import { needsStaff } from './crisis-verdict';
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
    private readonly settings: SettingsService,
  ) {}

  @Authenticated()
  @Post('safety/check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Draft-time signposting: does this draft read as a crisis? Nothing is stored or logged.' })
  async check(@CurrentUser() user: AuthUser, @Body() dto: SafetyCheckDto): Promise<SafetyCheckResult> {
    await this.limiter.require(`safety-check:${user.id}`, 30, 60_000);
    // Signposts whatever staff would hear of; `level` joins the answer when the app shows each level's help.
    const crisis = needsStaff((await this.screening.analyse(dto.text)).crisis);
    return { crisis, resources: crisis ? await this.settings.crisisResources() : [] };
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
