/** Standalone classic-script entry: registers the tl pack with the page's <applicant-status-tracker>. */
import messages from '../tl.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('tl', messages);
