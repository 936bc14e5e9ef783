import type { ReactNode } from 'react';
import { EmbedRoot } from '@/components/embed/embed-root';

/** Embeds: no site chrome, just the view, sized for an iframe and reporting its height to the host. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedRoot>{children}</EmbedRoot>;
}
