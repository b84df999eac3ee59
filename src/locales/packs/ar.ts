/** Standalone classic-script entry: registers the ar pack with the page's <applicant-status-tracker>. */
import messages from '../ar.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('ar', messages);
