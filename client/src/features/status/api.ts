import { ApiError, request } from '../../lib/api';

export interface Health {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis?: 'up' | 'down';
}

/** Health answers 503 with the same report when a dependency is down. */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  try {
    return await request<Health>('/health', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 503) {
      return error.body as unknown as Health;
    }
    throw error;
  }
}
