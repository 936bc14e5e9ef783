import { notFound } from 'next/navigation';

/** Any address inside a locale that no page answers: the locale's not-found page. */
export default function CatchAll() {
  notFound();
}
