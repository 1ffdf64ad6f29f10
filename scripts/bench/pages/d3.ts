/**
 * D3: d3-geo's Mercator fitted to the counties and geoPath writing one SVG
 * path per county, filled by exit year; a tooltip div follows the pointer.
 * A year step sets each path's fill.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { FIRST_YEAR, dataBase, loadChoropleth } from '../choropleth';

const data = await loadChoropleth(dataBase());
// d3-geo wants rings clockwise (spherical); the file follows RFC 7946 (exterior counter-clockwise).
for (const f of data.counties.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) for (const ring of poly) ring.reverse();
}
const host = document.getElementById('map')!;
const { width, height } = host.getBoundingClientRect();
const projection = geoMercator().fitSize([width, height], data.counties);
const path = geoPath(projection);
const NS = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(NS, 'svg');
svg.setAttribute('width', String(width));
svg.setAttribute('height', String(height));
const tip = document.createElement('div');
tip.style.cssText = 'position:absolute;pointer-events:none;background:#fff;border:1px solid #999;padding:4px 6px;display:none';
let values = data.values(FIRST_YEAR);
const paths = data.counties.features.map((f) => {
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', path(f) ?? '');
  p.setAttribute('stroke', '#ffffff');
  p.setAttribute('stroke-width', '0.5');
  p.addEventListener('mousemove', (e) => {
    const v = values.get(f.properties.id);
    tip.textContent = `${f.properties.name_zh} ${v === undefined ? '无数据' : `${v}年度`}`;
    tip.style.left = `${e.clientX + 12}px`;
    tip.style.top = `${e.clientY + 12}px`;
    tip.style.display = 'block';
  });
  p.addEventListener('mouseleave', () => (tip.style.display = 'none'));
  svg.append(p);
  return [f.properties.id, p] as const;
});
const paint = (year: number) => {
  values = data.values(year);
  const colors = data.colors(year);
  for (const [id, p] of paths) p.setAttribute('fill', colors.get(id)!);
};
paint(FIRST_YEAR);
host.append(svg, tip);

window.bench = {
  project: (at) => {
    const [x, y] = projection(at)!;
    const box = svg.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  },
  setYear: paint,
  tooltipShown: () => tip.style.display === 'block',
};
