import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { SearchQuery } from './forums.dto';
import { SearchService } from './search.service';
import type { SearchAnswer } from '../contract';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Threads and posts the caller may see, ranked; snippet matches wrapped in `markers`' })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<SearchAnswer> {
    return this.searchService.search(user, query);
  }
}
