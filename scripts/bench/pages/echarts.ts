/**
 * ECharts, as its handbook recommends for a bundled app: on-demand imports
 * from echarts/core, registerMap with the GeoJSON, a `map` series joined on
 * the feature id (nameProperty) and a piecewise visualMap with one piece
 * per exit year; a year step is a setOption with the new data.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { FIRST_YEAR, NO_DATA, dataBase, loadChoropleth } from '../choropleth';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const data = await loadChoropleth(dataBase());
echarts.registerMap('counties', data.counties as never);
const chart = echarts.init(document.getElementById('map')!);
const names = new Map(data.counties.features.map((f) => [f.properties.id, f.properties.name_zh]));
const seriesData = (year: number) => [...data.values(year)].map(([id, value]) => ({ name: id, value }));

chart.setOption({
  tooltip: {
    trigger: 'item',
    formatter: (p: { name: string; value: number }) => `${names.get(p.name) ?? p.name}<br>${Number.isFinite(p.value) ? `${p.value}年度` : '无数据'}`,
  },
  visualMap: {
    type: 'piecewise',
    pieces: data.legend.map((l) => ({ value: l.value, color: l.color, label: l.label })),
    outOfRange: { color: NO_DATA },
    left: 10,
    bottom: 10,
  },
  series: [
    {
      type: 'map',
      map: 'counties',
      nameProperty: 'id',
      roam: true,
      itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.5 },
      emphasis: { label: { show: false } },
      data: seriesData(FIRST_YEAR),
    },
  ],
});

window.bench = {
  project: (at) => {
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, at) as number[];
    const box = chart.getDom().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  },
  setYear: (year) => chart.setOption({ series: [{ data: seriesData(year) }] }),
  tooltipShown: () => {
    const tip = [...chart.getDom().querySelectorAll('div')].find((d) => d.style.zIndex === '9999999');
    return !!tip && tip.style.display !== 'none' && tip.style.opacity !== '0' && tip.textContent !== '';
  },
};
