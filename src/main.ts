/** Entry of the stand-alone page: the embed bundle registers <poverty-atlas> and its elements. */
import './index';
import { registerOffline } from './offline/register-offline';

// The page (not the embeds) keeps an offline copy after the first visit. The
// worker sits at the site's root, one folder above this bundle's assets/.
registerOffline(new URL('../sw.js', import.meta.url).href);
