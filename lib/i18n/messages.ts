import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import type { Locale } from './config';

/** English is the reference: every locale must have exactly its keys (checked by messages.test.ts). */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, fr };
