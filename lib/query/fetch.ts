// Browser-side calls to the read API. A non-2xx answer becomes an ApiRequestError carrying the API's
// own message, so views can say what went wrong.
import type { ApiError } from '../domain/api';
import type { Endpoint } from './keys';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function fetchApi<T>(endpoint: Endpoint, query: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/v1/${endpoint}${query ? `?${query}` : ''}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(res.status, body?.error.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}
