/** Entry of the stand-alone page: registers <poverty-atlas> and its elements. */
import './components/poverty-atlas';
