import { describe, expect, it } from 'vitest';
import { nextRegion, type LabelPoint } from './keyboard-nav';

// Approximate label points (lon, lat) of four Sichuan prefectures' seats.
const POINTS: LabelPoint[] = [
  { id: '510100', at: [104.07, 30.67] }, // 成都
  { id: '510300', at: [104.78, 29.34] }, // 自贡
  { id: '510400', at: [101.72, 26.58] }, // 攀枝花
  { id: '513300', at: [101.96, 30.05] }, // 甘孜 (Kangding)
];

describe('nextRegion', () => {
  it('moves west from Chengdu to Garzê and south from Chengdu to Zigong', () => {
    expect(nextRegion(POINTS, '510100', 'left')).toBe('513300');
    expect(nextRegion(POINTS, '510100', 'down')).toBe('510300');
  });

  it('stays put when nothing lies in that direction', () => {
    expect(nextRegion(POINTS, '510100', 'up')).toBe('510100');
  });

  it('starts from the west-most region when nothing has focus yet', () => {
    expect(nextRegion(POINTS, null, 'right')).toBe('510400');
  });
});
