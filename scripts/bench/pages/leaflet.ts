/**
 * Leaflet, as its interactive choropleth tutorial builds one: L.geoJSON with
 * a style function, fitBounds, a sticky tooltip bound to each county; a year
 * step is setStyle on the layer. No tile layer (the page stays offline).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { FIRST_YEAR, dataBase, loadChoropleth } from '../choropleth';

const data = await loadChoropleth(dataBase());
let colors = data.colors(FIRST_YEAR);
let values = data.values(FIRST_YEAR);
const map = L.map('map', { zoomSnap: 0, attributionControl: false });
type Props = { id: string; name_zh: string };
const style = (f?: GeoJSON.Feature<GeoJSON.Geometry, Props>): L.PathOptions => ({
  fillColor: colors.get(f!.properties.id),
  fillOpacity: 1,
  color: '#ffffff',
  weight: 0.5,
  opacity: 1,
});
const layer = L.geoJSON(data.counties as GeoJSON.FeatureCollection<GeoJSON.Geometry, Props>, { style })
  .bindTooltip((l) => {
    const p = ((l as L.Polygon).feature as GeoJSON.Feature<GeoJSON.Geometry, Props>).properties;
    const v = values.get(p.id);
    return `${p.name_zh}<br>${v === undefined ? '无数据' : `${v}年度`}`;
  }, { sticky: true })
  .addTo(map);
map.fitBounds(layer.getBounds());

window.bench = {
  project: (at) => {
    const p = map.latLngToContainerPoint([at[1], at[0]]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  setYear: (year) => {
    colors = data.colors(year);
    values = data.values(year);
    layer.setStyle(style as L.StyleFunction);
  },
  tooltipShown: () => document.querySelector('.leaflet-tooltip') !== null,
};
