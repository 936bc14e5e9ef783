// A small fixed network for tests and the golden SVG: Viet Nam at the centre, two states, and one
// organisation of each kind, so every shape and colour appears.
import type { NetworkResponse } from '@/lib/domain/api';

const node = (
  id: string,
  kind: NetworkResponse['nodes'][number]['kind'],
  label: string,
  name: string,
  records: number,
) => ({ id, kind, label, name, records, degree: 0 });

export const SAMPLE: NetworkResponse = {
  nodes: [
    node('VNM', 'state', 'Viet Nam', 'Viet Nam', 6),
    node('iom', 'igo', 'IOM', 'International Organization for Migration', 4),
    node('THA', 'state', 'Thailand', 'Thailand', 3),
    node('asean', 'regional_org', 'ASEAN', 'Association of Southeast Asian Nations', 3),
    node('apec', 'interregional_forum', 'APEC', 'Asia-Pacific Economic Cooperation', 2),
    node('un', 'un_entity', 'UN', 'United Nations', 2),
    node('colombo-process', 'rcp', 'Colombo Process', 'Colombo Process', 1),
    node('PHL', 'state', 'Philippines', 'Philippines', 1),
  ],
  edges: [
    { source: 'VNM', target: 'iom', weight: 3 },
    { source: 'VNM', target: 'asean', weight: 2 },
    { source: 'VNM', target: 'apec', weight: 2 },
    { source: 'VNM', target: 'THA', weight: 2 },
    { source: 'VNM', target: 'un', weight: 1 },
    { source: 'THA', target: 'asean', weight: 1 },
    { source: 'THA', target: 'colombo-process', weight: 1 },
    { source: 'PHL', target: 'asean', weight: 1 },
    { source: 'iom', target: 'un', weight: 1 },
    { source: 'apec', target: 'asean', weight: 1 },
  ],
  totalNodes: 8,
  totalEdges: 10,
  truncated: false,
  focus: 'VNM',
  depth: 2,
  edgeMeasure: 'records',
};
