/** Entry of the stand-alone page: the embed bundle registers <poverty-atlas> and its elements. */
import './index';
