/** Standalone classic-script entry: registers the zh-Hant pack with the page's <applicant-status-tracker>. */
import messages from '../zh-Hant.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('zh-Hant', messages);
