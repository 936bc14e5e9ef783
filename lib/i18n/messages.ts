// All interface messages. `messages/<locale>.json` holds the core; each feature keeps its own namespace
// in `messages/<locale>/<namespace>.json` (one file per feature keeps parallel work conflict-free).
// English is the reference: every locale must have exactly its keys (checked by messages.test.ts).
// Static imports (not a loop over files) so that the bundler includes exactly these files.
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
import es from '../../messages/es.json';
import esAssistant from '../../messages/es/assistant.json';
import esBreakdown from '../../messages/es/breakdown.json';
import esCharts from '../../messages/es/charts.json';
import esEmbed from '../../messages/es/embed.json';
import esMap from '../../messages/es/map.json';
import esMembershipRoles from '../../messages/es/membershipRoles.json';
import esNetwork from '../../messages/es/network.json';
import esProfile from '../../messages/es/profile.json';
import esReport from '../../messages/es/report.json';
import esStaff from '../../messages/es/staff.json';
import esTimeline from '../../messages/es/timeline.json';
import ar from '../../messages/ar.json';
import arAssistant from '../../messages/ar/assistant.json';
import arBreakdown from '../../messages/ar/breakdown.json';
import arCharts from '../../messages/ar/charts.json';
import arEmbed from '../../messages/ar/embed.json';
import arMap from '../../messages/ar/map.json';
import arMembershipRoles from '../../messages/ar/membershipRoles.json';
import arNetwork from '../../messages/ar/network.json';
import arProfile from '../../messages/ar/profile.json';
import arReport from '../../messages/ar/report.json';
import arStaff from '../../messages/ar/staff.json';
import arTimeline from '../../messages/ar/timeline.json';
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

const frAll = {
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
};

const esAll = {
  ...es,
  assistant: esAssistant,
  breakdown: esBreakdown,
  charts: esCharts,
  embed: esEmbed,
  map: esMap,
  membershipRoles: esMembershipRoles,
  network: esNetwork,
  profile: esProfile,
  report: esReport,
  staff: esStaff,
  timeline: esTimeline,
};

const arAll = {
  ...ar,
  assistant: arAssistant,
  breakdown: arBreakdown,
  charts: arCharts,
  embed: arEmbed,
  map: arMap,
  membershipRoles: arMembershipRoles,
  network: arNetwork,
  profile: arProfile,
  report: arReport,
  staff: arStaff,
  timeline: arTimeline,
};

export const MESSAGES: Record<Locale, Messages> = { en: enAll, fr: frAll, es: esAll, ar: arAll };
