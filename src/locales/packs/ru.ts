/** Standalone classic-script entry: registers the ru pack with the page's <applicant-status-tracker>. */
import messages from '../ru.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('ru', messages);
