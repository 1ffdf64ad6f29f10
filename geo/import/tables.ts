/**
 * Tables typed by hand for the import (geo/import/import-shared.ts): entity ids
 * and names of the aggregates, province codes, Sichuan prefecture codes, and
 * the seed tables transcribed from seeds 002, 003 and 004 (checked against
 * the seed text by geo/series/seed-transcription.test.ts).
 */

/** Area ids of ../shared/data series → ours. */
export const AREA_IDS: Record<string, string> = {"CPA_LPS": "liupan", "CPA_QBS": "qinba", "CPA_WLS": "wuling", "CPA_WMS": "wumeng", "CPA_DGQ": "dianguiqian", "CPA_DXB": "dianxi", "CPA_DXAL": "daxinganling", "CPA_YSTH": "yanshan_taihang", "CPA_LLS": "lvliang", "CPA_DBS": "dabie", "CPA_LXS": "luoxiao", "CPA_XZ": "tibet", "CPA_SSZQ": "tibetan_areas_4prov", "CPA_NJ3": "south_xinjiang", "CPA_ALL14": "CPA_ALL14"};

/** Aggregates: id → [zh, en]. Their names live only here. */
export const AGGREGATES: Record<string, [string, string]> = {"CN_PA": ["全国贫困地区(832个贫困县)", "Poverty-stricken areas (the 832 poverty counties)"], "SSZQ_SC": ["四川藏区(甘孜、阿坝、木里)", "Tibetan areas of Sichuan (Ganzi, Aba, Muli)"], "SQSZ": ["“三区三州”深度贫困地区", "The “three areas and three prefectures” of deep poverty"], "NJ4": ["南疆四地州(喀什、和田、克州、阿克苏)", "Four prefectures of southern Xinjiang (Kashgar, Hotan, Kizilsu, Aksu)"], "CPA_11": ["11个片区(不含西藏、四省藏区、南疆三地州)", "The 11 areas without Tibet, the Tibetan areas and southern Xinjiang"], "SC_DEEP45": ["四川45个深度贫困县", "Sichuan's 45 counties of deep poverty"]};

/** Province name (zh) → GB code, for the provinces of the 14 areas. */
export const PROVINCES: Record<string, string> = {"云南省": "530000", "内蒙古自治区": "150000", "吉林省": "220000", "四川省": "510000", "宁夏回族自治区": "640000", "安徽省": "340000", "山西省": "140000", "广西壮族自治区": "450000", "新疆维吾尔自治区": "650000", "江西省": "360000", "河北省": "130000", "河南省": "410000", "湖北省": "420000", "湖南省": "430000", "甘肃省": "620000", "西藏自治区": "540000", "贵州省": "520000", "重庆市": "500000", "陕西省": "610000", "青海省": "630000", "黑龙江省": "230000"};

/** Provinces outside the 14 areas: only so land area from geometry can name them. */
export const OTHER_PROVINCES: Record<string, string> = {"北京市": "110000", "天津市": "120000", "辽宁省": "210000", "上海市": "310000", "江苏省": "320000", "浙江省": "330000", "福建省": "350000", "山东省": "370000", "广东省": "440000", "海南省": "460000", "台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"};

/** Sichuan's 21 prefectures (GB codes). */
export const SICHUAN_PREFECTURES: string[] = ["510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000", "511100", "511300", "511400", "511500", "511600", "511700", "511800", "511900", "512000", "513200", "513300", "513400"];

/** Seed 004, Figure 1 (亿元): code, then 2010–2016. */
export const SEED004_TABLE = `
510100 5551.33 6950.58 8138.94 9108.89 10056.59 10801.16 12170.23
510300 647.73 780.36 884.80 1001.60 1073.40 1143.11 1234.56
510400 523.99 645.66 740.03 800.88 870.85 925.18 1014.68
510500 714.79 900.87 1030.45 1140.48 1259.73 1353.41 1481.91
510600 921.27 1137.45 1280.20 1395.94 1515.65 1605.06 1752.45
510700 960.22 1189.11 1346.42 1455.12 1579.89 1700.33 1830.42
510800 321.87 403.54 468.66 518.75 566.19 605.43 660.01
510900 491.50 582.47 656.00 736.61 809.55 915.81 1008.45
511000 690.28 854.68 978.18 1069.34 1156.77 1198.58 1297.67
511100 743.92 918.06 1037.75 1134.79 1207.59 1301.23 1406.58
511300 827.82 1029.48 1180.36 1328.55 1432.02 1516.20 1651.40
511400 552.25 673.34 775.22 860.04 944.89 1029.86 1117.23
511500 870.85 1091.18 1242.76 1342.89 1443.81 1525.90 1653.05
511600 537.22 659.90 752.22 835.14 919.61 1005.61 1078.62
511700 819.20 1011.83 1135.46 1245.41 1347.83 1350.76 1447.08
511800 286.54 350.13 398.05 417.97 462.41 502.58 545.33
511900 264.98 326.67 372.40 415.94 456.66 501.34 544.66
512000 657.90 836.44 984.72 1092.36 1195.60 1270.38 943.44
513200 132.76 168.48 203.74 233.99 247.79 265.04 281.32
513300 122.83 152.22 175.02 201.22 206.81 213.04 229.80
513400 784.19 1000.13 1122.67 1214.40 1314.30 1314.84 1403.92
`;

/** Seed 003, Chart 1: year | line (yuan) population (million) headcount ratio (%) per standard (1978, 2008, 2010). */
export const SEED003_TABLE = `
1978 | 100 250 30.7 | - - - | 366 770.39 97.5
1980 | 130 220 26.8 | - - - | 403 765.42 96.2
1985 | 206 125 15.5 | - - - | 482 661.01 78.3
1990 | 300 85 9.4 | - - - | 807 658.49 73.5
1995 | 530 65.4 7.1 | - - - | 1511 554.63 60.5
2000 | 625 32.09 3.5 | 865 94.22 10.2 | 1528 462.24 49.8
2005 | 683 23.65 2.5 | 944 64.32 6.8 | 1742 286.62 30.2
2008 | - - - | 1196 40.7 4.2 | 2172 - -
2010 | - - - | 1274 26.88 2.8 | 2300 165.67 17.2
2011 | - - - | - - - | 2536 122.38 12.7
2012 | - - - | - - - | 2625 98.99 10.2
2013 | - - - | - - - | 2736 92.49 8.5
2014 | - - - | - - - | 2800 70.17 7.2
2015 | - - - | - - - | 2855 55.75 5.7
2016 | - - - | - - - | 2952 43.35 4.5
`;

/** Seed 002 (prose): year, standard, population (万人), headcount ratio (%) or null. */
export const SEED002: Array<[number, string, string, string | null]> = [[1978, "1978std", "25000", "30.7"], [1985, "1978std", "12500", "14.8"], [2000, "1978std", "3209", "3.4"], [2010, "2008std", "2688", "2.8"], [2010, "2010std", "16600", null], [2012, "2010std", "9899", "10.2"], [2017, "2010std", "3046", "3.1"]];
