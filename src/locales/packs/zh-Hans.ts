/** Standalone classic-script entry: registers the zh-Hans pack with the page's <applicant-status-tracker>. */
import messages from '../zh-Hans.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('zh-Hans', messages);
