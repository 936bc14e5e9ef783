// All interface messages. `messages/<locale>.json` holds the core; each feature keeps its own namespace
// in `messages/<locale>/<namespace>.json` (one file per feature keeps parallel work conflict-free).
// English is the reference: every locale must have exactly its keys (checked by messages.test.ts).
import en from '../../messages/en.json';
import enBreakdown from '../../messages/en/breakdown.json';
import enCharts from '../../messages/en/charts.json';
import enMembershipRoles from '../../messages/en/membershipRoles.json';
import enProfile from '../../messages/en/profile.json';
import enStaff from '../../messages/en/staff.json';
import fr from '../../messages/fr.json';
import frBreakdown from '../../messages/fr/breakdown.json';
import frCharts from '../../messages/fr/charts.json';
import frMembershipRoles from '../../messages/fr/membershipRoles.json';
import frProfile from '../../messages/fr/profile.json';
import frStaff from '../../messages/fr/staff.json';
import type { Locale } from './config';

const enAll = {
  ...en,
  charts: enCharts,
  breakdown: enBreakdown,
  profile: enProfile,
  membershipRoles: enMembershipRoles,
  staff: enStaff,
};

export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  fr: {
    ...fr,
    charts: frCharts,
    breakdown: frBreakdown,
    profile: frProfile,
    membershipRoles: frMembershipRoles,
    staff: frStaff,
  },
};
