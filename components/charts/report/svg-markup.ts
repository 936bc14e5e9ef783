// React elements → SVG markup, for chart images served by route handlers. React's own string renderer
// (react-dom/server) is refused in Next.js's server-component layer, where route handlers run, so
// this renders the small subset of React the report images use: host elements, fragments, function
// components without hooks and memo. It follows React's output byte for byte, which the tests check
// against renderToStaticMarkup on every kind of image, and it escapes exactly as React does.
import type { ReactNode } from 'react';

const FRAGMENT = Symbol.for('react.fragment');
const MEMO = Symbol.for('react.memo');
const ELEMENT = [Symbol.for('react.transitional.element'), Symbol.for('react.element')];

// SVG attributes React writes in camelCase; every other camelCase prop is written hyphenated.
const CAMEL = new Set([
  'viewBox',
  'preserveAspectRatio',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'gradientUnits',
  'gradientTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'textLength',
  'lengthAdjust',
  'startOffset',
  'spreadMethod',
  'stdDeviation',
  'pathLength',
]);
const RENAMED: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  xlinkHref: 'xlink:href',
  xmlnsXlink: 'xmlns:xlink',
  xmlLang: 'xml:lang',
};
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIP = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML', 'suppressHydrationWarning']);

/** React's escaping of text and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#x27;',
  );
}

function attributeName(prop: string): string {
  if (RENAMED[prop]) return RENAMED[prop];
  if (CAMEL.has(prop) || !/[A-Z]/.test(prop)) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [prop, value] of Object.entries(props)) {
    if (SKIP.has(prop) || /^on[A-Z]/.test(prop) || value === null || value === undefined) continue;
    if (prop === 'style') throw new Error('svg-markup: style objects are not supported in chart images');
    const name = attributeName(prop);
    if (typeof value === 'boolean') {
      // aria-* and data-* keep "true"/"false"; other attributes are present only when true.
      if (name.startsWith('aria-') || name.startsWith('data-')) out += ` ${name}="${value}"`;
      else if (value) out += ` ${name}=""`;
      continue;
    }
    if (typeof value === 'function' || typeof value === 'symbol') continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

interface AnyElement {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

const isElement = (node: unknown): node is AnyElement =>
  typeof node === 'object' && node !== null && ELEMENT.includes((node as AnyElement).$$typeof);

export function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeXml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return joinChildren(node);
  if (!isElement(node)) throw new Error('svg-markup: unsupported node');
  const { type, props } = node;
  if (type === FRAGMENT) return svgMarkup(props.children as ReactNode);
  if (typeof type === 'function') return svgMarkup((type as (p: unknown) => ReactNode)(props));
  if (typeof type === 'object' && type !== null && (type as { $$typeof?: symbol }).$$typeof === MEMO) {
    const inner = (type as { type: (p: unknown) => ReactNode }).type;
    return svgMarkup(inner(props));
  }
  if (typeof type !== 'string') throw new Error('svg-markup: unsupported element type');
  const open = `<${type}${attributes(props)}`;
  if (VOID.has(type)) return `${open}/>`;
  const html = (props.dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html;
  return `${open}>${html ?? svgMarkup(props.children as ReactNode)}</${type}>`;
}

// React separates adjacent text children with <!-- --> so they stay apart when hydrated; static
// markup (renderToStaticMarkup) joins them as they are.
function joinChildren(nodes: readonly ReactNode[]): string {
  return nodes.map((n) => svgMarkup(n)).join('');
}
