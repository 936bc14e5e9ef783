// All interface messages. `messages/<locale>.json` holds the core; each feature keeps its own namespace
// in `messages/<locale>/<namespace>.json` (one file per feature keeps parallel work conflict-free).
// English is the reference: every locale must have exactly its keys (checked by messages.test.ts).
import en from '../../messages/en.json';
import enAssistant from '../../messages/en/assistant.json';
import enBreakdown from '../../messages/en/breakdown.json';
import enCharts from '../../messages/en/charts.json';
import enEmbed from '../../messages/en/embed.json';
import enMap from '../../messages/en/map.json';
import enMembershipRoles from '../../messages/en/membershipRoles.json';
import enNetwork from '../../messages/en/network.json';
import enProfile from '../../messages/en/profile.json';
import enReport from '../../messages/en/report.json';
import enStaff from '../../messages/en/staff.json';
import enTimeline from '../../messages/en/timeline.json';
import fr from '../../messages/fr.json';
import frAssistant from '../../messages/fr/assistant.json';
import frBreakdown from '../../messages/fr/breakdown.json';
import frCharts from '../../messages/fr/charts.json';
import frEmbed from '../../messages/fr/embed.json';
import frMap from '../../messages/fr/map.json';
import frMembershipRoles from '../../messages/fr/membershipRoles.json';
import frNetwork from '../../messages/fr/network.json';
import frProfile from '../../messages/fr/profile.json';
import frReport from '../../messages/fr/report.json';
import frStaff from '../../messages/fr/staff.json';
import frTimeline from '../../messages/fr/timeline.json';
import type { Locale } from './config';

const enAll = {
  ...en,
  assistant: enAssistant,
  breakdown: enBreakdown,
  charts: enCharts,
  embed: enEmbed,
  map: enMap,
  membershipRoles: enMembershipRoles,
  network: enNetwork,
  profile: enProfile,
  report: enReport,
  staff: enStaff,
  timeline: enTimeline,
};

export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  fr: {
    ...fr,
    assistant: frAssistant,
    breakdown: frBreakdown,
    charts: frCharts,
    embed: frEmbed,
    map: frMap,
    membershipRoles: frMembershipRoles,
    network: frNetwork,
    profile: frProfile,
    report: frReport,
    staff: frStaff,
    timeline: frTimeline,
  },
};
