import { describe, expect, it } from 'vitest';
import { isLowTrust, sourceShortName } from './source-label';

// Publishers as recorded in public/data/series.json (SEED004, S43, S01, E19).
describe('sourceShortName', () => {
  it('drops parenthesised asides from the publisher', () => {
    expect(sourceShortName({ publisher: 'English-language conference paper (publisher not stated in the seed text)', title: '' })).toBe(
      'English-language conference paper',
    );
    expect(sourceShortName({ publisher: 'GitHub repo (student project)', title: '' })).toBe('GitHub repo');
  });

  it('keeps a short publisher as it is', () => {
    expect(sourceShortName({ publisher: '人民日报 citing 国家统计局', title: '' })).toBe('人民日报 citing 国家统计局');
  });

  it('cuts a long name with an ellipsis', () => {
    const s = sourceShortName({ publisher: '湖南日报 (repost mrrdw.com); 公示 text also at kszl.net/kaoyan/zt/13815.html', title: '' });
    expect(s.length).toBeLessThanOrEqual(36);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('isLowTrust', () => {
  it('marks only low-trust sources', () => {
    expect([isLowTrust('low'), isLowTrust('medium'), isLowTrust('high'), isLowTrust(undefined)]).toEqual([true, false, false, false]);
  });
});
