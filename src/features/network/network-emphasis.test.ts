import { describe, expect, it } from 'vitest';
import { selectionFocus, focusForPassage } from '../../model/selection-focus';
import { seedBundle } from '../../bundle/fixtures/seed-bundle';
import { edgeEmphasis, networkEmphasis, NO_EMPHASIS, nodeEmphasis } from './network-emphasis';
import { buildNetworkGeometry } from './network-geometry';

const bundle = seedBundle();
const focusOf = (id: string) => {
  const result = selectionFocus(bundle, { kind: 'entity', id });
  if (!result.ok) throw new Error(result.message);
  return result.focus;
};

describe('networkEmphasis', () => {
  it('flags nothing and dims nothing without a selection or hover', () => {
    const e = networkEmphasis(null, null);
    expect(e.active).toBe(false);
    expect(nodeEmphasis(e, 'choe-son-hui')).toEqual({
      selected: false,
      subject: false,
      dimmed: false,
    });
    expect(nodeEmphasis(NO_EMPHASIS, 'japan').dimmed).toBe(false);
  });

  it('marks a person, her relations and the people at their ends, and dims the rest', () => {
    const e = networkEmphasis(focusOf('choe-son-hui'), null);
    expect(nodeEmphasis(e, 'choe-son-hui')).toEqual({
      selected: true,
      subject: true,
      dimmed: false,
    });
    expect(nodeEmphasis(e, 'kong-xuanyou')).toEqual({
      selected: true,
      subject: false,
      dimmed: false,
    });
    expect(nodeEmphasis(e, 'japan')).toEqual({ selected: false, subject: false, dimmed: true });
    expect(edgeEmphasis(e, 'r-choe-meets-kong-beijing').selected).toBe(true);
    expect(edgeEmphasis(e, 'r-north-korea-aligned-with-china').dimmed).toBe(true);
  });

  it('lets a hovered passage decide what stays lit, while data-selected follows the selection', () => {
    const text = bundle.article.text;
    const start = text.indexOf('On Oct. 5, Choe held vice minister-level talks in Beijing');
    const hover = focusForPassage(bundle, { start, end: start + 60 });
    const e = networkEmphasis(focusOf('japan'), hover);
    expect(nodeEmphasis(e, 'japan')).toEqual({ selected: true, subject: true, dimmed: true });
    expect(nodeEmphasis(e, 'kong-xuanyou').dimmed).toBe(false);
  });
});

describe('buildNetworkGeometry', () => {
  it('is the same for the same bundle, filters and size: it takes no selection', () => {
    const filters = { hiddenKinds: [], hiddenRelations: [], asOf: null };
    const a = buildNetworkGeometry(bundle, filters, { width: 720, height: 480 });
    const b = buildNetworkGeometry(bundle, filters, { width: 720, height: 480 });
    expect(b).toEqual(a);
    expect(a.nodes).toHaveLength(27);
    expect(a.edges).toHaveLength(49);
  });
});
