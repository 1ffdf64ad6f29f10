/**
 * Small real fixtures for the UI's unit tests. GDP in 亿元 of four Sichuan
 * prefectures, 2010–2016, from seed 004 (四川统计年鉴 table quoted there).
 * Not imported by the app.
 */
import type { IndicatorDef } from './schema';

export const GDP_SEED_004: Record<string, Record<number, number>> = {
  '510100': { 2010: 5551.33, 2011: 6950.58, 2012: 8138.94, 2013: 9108.89, 2014: 10056.59, 2015: 10801.16, 2016: 12170.23 },
  '510300': { 2010: 647.73, 2011: 780.36, 2012: 884.8, 2013: 1001.6, 2014: 1073.4, 2015: 1143.11, 2016: 1234.56 },
  '510400': { 2010: 523.99, 2011: 645.66, 2012: 740.03, 2013: 800.88, 2014: 870.85, 2015: 925.18, 2016: 1014.68 },
  '510500': { 2010: 714.79, 2011: 900.87, 2012: 1030.45, 2013: 1140.48, 2014: 1259.73, 2015: 1353.41, 2016: 1481.91 },
};

/** An indicator definition shaped like the GDP one (a definition, not data). */
export const GDP_DEF: IndicatorDef = {
  id: 'gdp',
  name: { zh: '地区生产总值', en: 'GDP' },
  unit: { zh: '亿元', en: 'billion yuan' },
  csvUnit: '亿元',
  enFactor: 0.1,
  basis: 'accounts',
  kinds: ['prefecture'],
  scale: 'quantize',
  decimals: 2,
  higherIsBetter: true,
  carryForward: 0,
};

export function allGdpValues(): number[] {
  return Object.values(GDP_SEED_004).flatMap((byYear) => Object.values(byYear));
}
