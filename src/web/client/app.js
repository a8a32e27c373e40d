// Progressive enhancement of the server-rendered pages: everything works without this script.
import { enhanceTimeline } from './timeline.js';
import { linkPlaces } from './linking.js';

enhanceTimeline(document);
linkPlaces(document);
