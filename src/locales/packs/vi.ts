/** Standalone classic-script entry: registers the vi pack with the page's <applicant-status-tracker>. */
import messages from '../vi.js';
import { registerWhenDefined } from '../register.js';

registerWhenDefined('vi', messages);
