/**
 * The registering entry: everything ./component.js exports, and <applicant-status-tracker>
 * defined as a side effect of importing it.
 */
import { defineElement } from './applicant-status-tracker/define.js';

export * from './component.js';

defineElement();
