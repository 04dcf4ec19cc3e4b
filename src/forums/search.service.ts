import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { BlocksService } from '../blocks/blocks.service';
import type { SearchQuery } from './forums.dto';
import { SearchRepository } from './search.repository';
import { SNIPPET_MARKERS } from '../contract';
import type { SearchAnswer } from '../contract';

/** Forum search; what may be found is decided inside the query (search.repository.ts). Terms are never logged. */
@Injectable()
export class SearchService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: SearchRepository,
    private readonly blocks: BlocksService,
  ) {}

  async search(user: AuthUser, query: SearchQuery): Promise<SearchAnswer> {
    const text = query.q.trim();
    if (!text) {
      return { results: [], markers: SNIPPET_MARKERS };
    }
    const [spaces, separated] = await Promise.all([
      this.access.visibleSpaces(user),
      this.blocks.separatedFrom(user.id),
    ]);
    // People the caller is separated from are left out in the query, so a page is never short.
    const results = await this.repository.search(text, spaces, user.id, query.limit ?? 20, separated);
    return { results, markers: SNIPPET_MARKERS };
  }
}
