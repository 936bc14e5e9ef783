// State positions on the GCM: the recorded vote on A/RES/73/195 (complete for the 193 UN member
// states) and the GCM champion countries (a partial list: absence means unknown, not "no").
import type { RecordInput, SourceInput } from '../../lib/domain/record-input';
import { cell, dataPath, readCsv, required } from './files';
import type { StanceRow, StanceSetRow } from './model';
import { addSource, DATASET_SOURCES, splitUrls, webSource } from './sources';

export const VOTE_RECORD_ID = 'unga-2018-12-19-a-res-73-195';
const VOTE_DATE = '2018-12-19';
const POSITIONS = new Set(['yes', 'no', 'abstain']);

export function loadVote(
  sources: Map<string, SourceInput>,
  iso3Of: (alpha2: string) => string,
  nameOf: (id: string) => string,
) {
  const dir = dataPath('reference', 'unga-votes');
  const roll = readCsv(`${dir}/roll_call_6140.csv`)[0];
  if (!roll || roll.rcid !== '6140' || roll.date !== VOTE_DATE)
    throw new Error('roll_call_6140.csv: expected roll call 6140 of 2018-12-19');
  const voeten = sources.get(addSource(sources, DATASET_SOURCES.voeten!))!;
  // Serbia is coded YU (former Yugoslavia) in the voting data.
  const alpha3 = (code: string) => iso3Of(code === 'YU' ? 'RS' : code);

  const votes = readCsv(`${dir}/gcm_A-RES-73-195_votes.csv`).map((r, i) => {
    const vote = required(r, 'vote', `gcm votes row ${i + 2}`);
    if (!POSITIONS.has(vote)) throw new Error(`gcm votes row ${i + 2}: unknown vote "${vote}"`);
    return {
      actorId: alpha3(required(r, 'country_code', `gcm votes row ${i + 2}`)),
      vote,
      name: cell(r, 'country'),
    };
  });
  const absent = readCsv(`${dir}/gcm_A-RES-73-195_not_recorded.csv`).map((r, i) =>
    alpha3(required(r, 'country_code', `not recorded row ${i + 2}`)),
  );
  const tally = (v: string) => votes.filter((x) => x.vote === v).length;
  const [yes, no, abstain] = [tally('yes'), tally('no'), tally('abstain')];

  const record: RecordInput = {
    id: VOTE_RECORD_ID,
    kind: 'vote',
    title: 'UN General Assembly endorses the Global Compact for Migration (A/RES/73/195)',
    summary: `Recorded vote on resolution A/RES/73/195 endorsing the Global Compact for Safe, Orderly and Regular Migration: ${yes} in favour, ${no} against, ${abstain} abstentions. ${absent.length} UN member states have no recorded vote. Against: ${votes
      .filter((v) => v.vote === 'no')
      .map((v) => nameOf(v.actorId))
      .join(', ')}.`,
    date: VOTE_DATE,
    dateBasis: 'event',
    endDate: null,
    place: 'new-york',
    participants: [
      { actor: 'un', role: 'body', detail: 'General Assembly, 73rd session (roll call 6140)' },
      ...votes.map((v) => ({ actor: v.actorId, role: 'voter' as const, detail: v.vote })),
    ],
    people: [],
    topics: [],
    objectives: [],
    sources: [
      {
        source: voeten,
        excerpt: `rcid 6140, session 73, ${roll.date}, ${roll.unres}: “${roll.short}” — ${yes} yes, ${no} no, ${abstain} abstain.`,
      },
    ],
    dataNote: `Absent or non-voting states are not in the voting data; the ${absent.length} member states without a recorded vote are derived as the states that voted in session 73 but not on this roll call.`,
  };

  const set: StanceSetRow = {
    id: 'gcm-endorsement',
    frameworkId: 'gcm',
    titleEn: 'Vote on A/RES/73/195 endorsing the GCM',
    titleFr: 'Vote sur la résolution A/RES/73/195 approuvant le Pacte mondial',
    descriptionEn: `Each UN member state's recorded vote in the General Assembly on 19 December 2018: ${yes} yes, ${no} no, ${abstain} abstentions, ${absent.length} not recorded.`,
    descriptionFr: `Vote enregistré de chaque État membre de l’ONU à l’Assemblée générale le 19 décembre 2018 : ${yes} pour, ${no} contre, ${abstain} abstentions, ${absent.length} non enregistrés.`,
    complete: true,
    completenessNote: null,
    date: VOTE_DATE,
    datePrecision: 'day',
    recordId: VOTE_RECORD_ID,
    sourceId: voeten.id,
  };
  const stances: StanceRow[] = [
    ...votes.map((v) => ({ actorId: v.actorId, position: v.vote, evidence: null as string | null })),
    ...absent.map((actorId) => ({
      actorId,
      position: 'not_recorded',
      evidence: 'No recorded vote on roll call 6140.',
    })),
  ].map((s) => ({
    id: `gcm-endorsement:${s.actorId}`,
    setId: set.id,
    actorId: s.actorId,
    position: s.position,
    date: VOTE_DATE,
    datePrecision: 'day',
    recordId: VOTE_RECORD_ID,
    evidence: s.evidence,
    sourceId: voeten.id,
  }));
  return { record, set, stances };
}

export function loadChampions(sources: Map<string, SourceInput>) {
  const rows = readCsv(dataPath('reference', 'gcm-champions', 'gcm_champions_partial.csv'));
  const accraUrl = 'https://migrationnetwork.un.org/ar/node/36196';
  const setSource = addSource(sources, webSource(accraUrl));
  const set: StanceSetRow = {
    id: 'gcm-champion',
    frameworkId: 'gcm',
    titleEn: 'GCM Champion countries (partial list)',
    titleFr: 'Pays champions du Pacte mondial (liste partielle)',
    descriptionEn:
      'States identified as GCM Champion countries in the sources found. The official list could not be read: a state missing here may still be a champion.',
    descriptionFr:
      'États désignés comme pays champions du Pacte mondial dans les sources trouvées. La liste officielle n’a pas pu être lue : un État absent peut tout de même être champion.',
    complete: false,
    completenessNote:
      'Partial: 29 states from the sources found; the official list of champion countries was not available.',
    date: null,
    datePrecision: null,
    recordId: null,
    sourceId: setSource,
  };
  const stances: StanceRow[] = [];
  const accra: string[] = [];
  const convenedBriefing: string[] = [];
  let bangladesh: { url: string; evidence: string } | null = null;
  for (const [i, r] of rows.entries()) {
    const where = `gcm_champions_partial.csv row ${i + 2}`;
    const actorId = required(r, 'iso3', where);
    const evidence = required(r, 'evidence', where);
    const urls = splitUrls(required(r, 'source_url', where));
    for (const u of urls) addSource(sources, webSource(u));
    stances.push({
      id: `gcm-champion:${actorId}`,
      setId: set.id,
      actorId,
      position: 'champion',
      date: null,
      datePrecision: null,
      recordId: null,
      evidence,
      sourceId: webSource(urls[0]!).id,
    });
    if (/Accra/.test(evidence)) accra.push(actorId);
    if (/convened UNECE IMRF briefing/.test(evidence)) convenedBriefing.push(actorId);
    if (actorId === 'BGD') bangladesh = { url: urls[0]!, evidence };
  }

  const records: RecordInput[] = [
    {
      id: 'gcm-champions-accra-2023',
      kind: 'meeting',
      title: 'Informal Cross-Regional GCM Champions Event in Accra',
      summary: `${accra.length} GCM Champion countries met in Accra on 28–30 November for an informal cross-regional dialogue on implementing the Global Compact for Migration.`,
      date: '2023-11-28',
      dateBasis: 'event',
      endDate: '2023-11-30',
      place: 'accra',
      participants: accra.map((actor) => ({ actor, role: 'party' as const, detail: 'GCM Champion country' })),
      people: [],
      topics: ['international-cooperation'],
      objectives: [],
      sources: [
        {
          source: sources.get(webSource(accraUrl).id)!,
          excerpt:
            'GCM Champion countries attending the Informal Cross-Regional GCM Champions Event, Accra, 28-30 November.',
        },
      ],
      dataNote:
        'The stored page does not print the year; 2023 is inferred from a companion page that quotes Amy Pope as IOM Director General (in office from October 2023).',
    },
  ];
  const briefingUrl =
    'https://uneuropecentralasia.org/en/events/100-days-imrf-technical-briefing-government-representatives-unece-region';
  if (convenedBriefing.length > 0 && sources.has(webSource(briefingUrl).id)) {
    records.push({
      id: 'gcm-champions-unece-imrf-briefing-2022',
      kind: 'meeting',
      title:
        'IMRF technical briefing for governments of the UNECE region, convened by GCM Champion countries',
      summary: `Technical briefing for government representatives of the UNECE region ahead of the International Migration Review Forum, convened on 1 February 2022 by ${convenedBriefing.length} states in their capacity as GCM Champion countries.`,
      date: '2022-02-01',
      dateBasis: 'event',
      endDate: null,
      place: null,
      participants: convenedBriefing.map((actor) => ({
        actor,
        role: 'host' as const,
        detail: 'Convened as GCM Champion country',
      })),
      people: [],
      topics: ['international-cooperation'],
      objectives: [],
      sources: [
        {
          source: sources.get(webSource(briefingUrl).id)!,
          excerpt: 'convened UNECE IMRF briefing on 1 Feb 2022 “in their capacity as GCM Champion countries”',
        },
      ],
      dataNote: null,
    });
  }
  if (bangladesh) {
    records.push({
      id: 'gcm-champion-bangladesh-2020-07',
      kind: 'statement',
      title: 'Bangladesh confirms its role as a GCM Champion country',
      summary:
        'Bangladesh formally confirmed its role as a GCM Champion country, one of the 18 countries primarily identified.',
      date: '2020-07',
      dateBasis: 'event',
      endDate: null,
      place: null,
      participants: [{ actor: 'BGD', role: 'party', detail: null }],
      people: [],
      topics: ['international-cooperation'],
      objectives: [],
      sources: [{ source: sources.get(webSource(bangladesh.url).id)!, excerpt: bangladesh.evidence }],
      dataNote: null,
    });
  }
  return { set, stances, records };
}
