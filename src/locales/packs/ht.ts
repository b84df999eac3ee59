/** Standalone classic-script entry: registers the ht pack with the page's <applicant-status-tracker>. */
import messages from '../ht.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('ht', messages);
