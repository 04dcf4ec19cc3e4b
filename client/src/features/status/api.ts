import type { HealthReport } from '@hearth/contract';
import { ApiError, request } from '../../lib/api';

/** Health answers 503 with the same report when a dependency is down. */
export async function fetchHealth(signal?: AbortSignal): Promise<HealthReport> {
  try {
    return await request<HealthReport>('/health', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 503) {
      return error.body as unknown as HealthReport;
    }
    throw error;
  }
}
