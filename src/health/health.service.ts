import { Injectable } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisService } from '../redis/redis.service';
import type { HealthReport } from '../contract';

@Injectable()
export class HealthService {
  constructor(
    private readonly checks: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisService,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis] = await Promise.all([this.database(), this.redis.enabled ? this.redis.ping() : undefined]);
    const report: HealthReport = { status: db === 'up' && redis !== 'down' ? 'ok' : 'error', db };
    if (redis) {
      report.redis = redis;
    }
    return report;
  }

  private async database(): Promise<'up' | 'down'> {
    let details: HealthIndicatorResult;
    try {
      details = (await this.checks.check([() => this.db.pingCheck('db', { timeout: 2000 })])).details;
    } catch (error) {
      details = (error as { response?: { details?: HealthIndicatorResult } }).response?.details ?? {};
    }
    return details.db?.status === 'up' ? 'up' : 'down';
  }
}
