'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and while hydrating, true once React owns the page. Forms that submit through
 * JavaScript keep their submit button disabled until then: a click or an Enter before hydration would
 * otherwise send the browser's default GET, with every field (a password included) in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
