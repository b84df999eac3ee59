/**
 * The classic-script build's entry: defines the element and exposes nothing else, so the page's
 * global scope gains no names. Pages reach the class as customElements.get('applicant-status-tracker').
 */
import { defineElement } from './applicant-status-tracker/define.js';

defineElement();
