import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { SearchQuery } from './forums.dto';
import { SEARCH_CANDIDATES } from './search.repository';
import { SearchService } from './search.service';
import type { SearchAnswer } from '../contract';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    summary: 'Threads and posts the caller may see, ranked; snippet matches wrapped in `markers`',
    description: `Ranked by relevance among the newest ${SEARCH_CANDIDATES} matching threads and the newest ${SEARCH_CANDIDATES} matching posts (what was said lately; a forum with fewer matches is ranked whole). People the caller has blocked, or who blocked them, are left out.`,
  })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<SearchAnswer> {
    return this.searchService.search(user, query);
  }
}
