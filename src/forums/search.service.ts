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
    const [found, separated] = await Promise.all([
      this.repository.search(text, await this.access.visibleSpaces(user), user.id, query.limit ?? 20),
      this.blocks.separatedFrom(user.id),
    ]);
    const results = found.filter((r) => !r.author || !separated.includes(r.author.id));
    return { results, markers: SNIPPET_MARKERS };
  }
}
