/** Standalone classic-script entry: registers the ko pack with the page's <applicant-status-tracker>. */
import messages from '../ko.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('ko', messages);
