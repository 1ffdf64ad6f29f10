import { mergeConfig } from 'vite';
import base from '../../vite.config';

/** The atlas's own build, with names kept (no mangling) so the trace's CPU profile names functions. */
export default mergeConfig(base, { build: { rollupOptions: { output: { minify: { mangle: false, compress: true } } } } });
