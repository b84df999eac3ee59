/**
 * The widget's built-in strings. One flat object per language, `{name}` placeholders,
 * so a language pack is plain data that a test can check key by key against English.
 */

export const en = {
  loading: 'Checking your application status…',
  applicationNumber: 'Application {id}',
  stepOf: 'Step {n} of {total}: {label}',
  stepsDone: '{done} of {total} steps complete',
  stepsLabel: 'Application steps',
  waitingOnYou: 'Action needed: we need something from you.',
  waitingOnUs: 'We are working on it. You do not need to do anything right now.',
  'state.complete': 'Complete',
  'state.current': 'In progress',
  'state.action-required': 'Action needed from you',
  'state.upcoming': 'Not started',
  'state.skipped': 'Does not apply',
  'state.failed': 'Not successful',
  'outcome.approved': 'Your application was approved.',
  'outcome.denied': 'Your application was denied.',
  'outcome.withdrawn': 'Your application was withdrawn.',
  'outcome.closed': 'Your application is closed.',
  dateComplete: 'Completed {date}',
  dateExpected: 'Expected {date}',
  dateOther: 'Updated {date}',
  dueBy: 'Due by {date}',
  notice: 'Important',
  history: 'History',
  updatedAt: 'Updated by the agency: {date}',
  checkedAt: 'Last checked {time}',
  checkAgain: 'Check again',
  checking: 'Checking…',
  contact: 'Questions?',
  call: 'Call {phone}',
  email: 'Email {email}',
  website: 'Get help online',
  stale: 'We could not refresh your status, so it may be out of date.',
  offline: 'You are offline. We will check again when you are back online.',
  retry: 'Try again',
  'error.not-found': 'We could not find that application.',
  'error.not-found.next': 'Check the application number and try again.',
  'error.unauthorized': 'You need to sign in to see this status.',
  'error.unauthorized.next': 'Sign in again, then reload this page.',
  'error.rate-limited': 'There have been too many checks in a short time.',
  'error.rate-limited.next': 'Wait a few minutes, then try again.',
  'error.server': 'The status service is having trouble right now.',
  'error.server.next': 'This is not a problem with your application. Try again later.',
  'error.network': 'We could not connect to the status service.',
  'error.network.next': 'Check your internet connection, then try again.',
  'error.timeout': 'The status service took too long to answer.',
  'error.timeout.next': 'Try again in a few minutes.',
  'error.invalid-response': 'We could not read your status.',
  'error.invalid-response.next': 'This is a problem on our side, not with your application. Try again later or contact us.',
  lookupHeading: 'Check your application status',
  idLabel: 'Application number',
  idHint: 'Format: {format}',
  idRequired: 'Enter your application number.',
  idInvalid: 'Enter the application number in this format: {format}',
  'verify.last-name': 'Last name',
  'verify.date-of-birth': 'Date of birth',
  'verify.postal-code': 'ZIP code',
  'verify.email': 'Email address',
  fieldRequired: 'Enter your {field}.',
  lookupSubmit: 'Check status',
  lookupAnother: 'Look up another application',
  lookupNotFound: 'We could not find an application with those details. Check them and try again.',
  lookupRateLimited: 'Too many tries. Wait a few minutes, then try again.',
  formErrors: 'There is a problem: {errors}',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const es: Messages = {
  loading: 'Consultando el estado de su solicitud…',
  applicationNumber: 'Solicitud {id}',
  stepOf: 'Paso {n} de {total}: {label}',
  stepsDone: '{done} de {total} pasos completados',
  stepsLabel: 'Pasos de la solicitud',
  waitingOnYou: 'Usted tiene que hacer algo: necesitamos algo de usted.',
  waitingOnUs: 'Estamos trabajando en su solicitud. Usted no tiene que hacer nada por ahora.',
  'state.complete': 'Completado',
  'state.current': 'En proceso',
  'state.action-required': 'Necesitamos algo de usted',
  'state.upcoming': 'No ha comenzado',
  'state.skipped': 'No aplica',
  'state.failed': 'No se completó',
  'outcome.approved': 'Su solicitud fue aprobada.',
  'outcome.denied': 'Su solicitud fue denegada.',
  'outcome.withdrawn': 'Su solicitud fue retirada.',
  'outcome.closed': 'Su solicitud está cerrada.',
  dateComplete: 'Completado el {date}',
  dateExpected: 'Previsto para el {date}',
  dateOther: 'Actualizado el {date}',
  dueBy: 'Fecha límite: {date}',
  notice: 'Importante',
  history: 'Historial',
  updatedAt: 'Actualizado por la agencia: {date}',
  checkedAt: 'Última consulta: {time}',
  checkAgain: 'Consultar de nuevo',
  checking: 'Consultando…',
  contact: '¿Preguntas?',
  call: 'Llame al {phone}',
  email: 'Escriba a {email}',
  website: 'Obtenga ayuda en línea',
  stale: 'No pudimos actualizar la información de su solicitud, por eso es posible que no esté al día.',
  offline: 'No tiene conexión a internet. Volveremos a consultar cuando se conecte.',
  retry: 'Intentar de nuevo',
  'error.not-found': 'No encontramos esa solicitud.',
  'error.not-found.next': 'Revise el número de solicitud e intente de nuevo.',
  'error.unauthorized': 'Debe iniciar sesión para ver el estado de su solicitud.',
  'error.unauthorized.next': 'Inicie sesión de nuevo y vuelva a cargar esta página.',
  'error.rate-limited': 'Hubo demasiadas consultas en poco tiempo.',
  'error.rate-limited.next': 'Espere unos minutos e intente de nuevo.',
  'error.server': 'El sistema de consulta tiene problemas en este momento.',
  'error.server.next': 'No es un problema con su solicitud. Intente de nuevo más tarde.',
  'error.network': 'No pudimos conectarnos al sistema de consulta.',
  'error.network.next': 'Revise su conexión a internet e intente de nuevo.',
  'error.timeout': 'El sistema de consulta tardó demasiado en responder.',
  'error.timeout.next': 'Intente de nuevo en unos minutos.',
  'error.invalid-response': 'No pudimos leer la información de su solicitud.',
  'error.invalid-response.next': 'Es un problema de nuestra parte, no con su solicitud. Intente más tarde o comuníquese con nosotros.',
  lookupHeading: 'Consulte el estado de su solicitud',
  idLabel: 'Número de solicitud',
  idHint: 'Formato: {format}',
  idRequired: 'Escriba su número de solicitud.',
  idInvalid: 'Escriba el número de solicitud con este formato: {format}',
  'verify.last-name': 'Apellido',
  'verify.date-of-birth': 'Fecha de nacimiento',
  'verify.postal-code': 'Código postal',
  'verify.email': 'Correo electrónico',
  fieldRequired: 'Escriba su {field}.',
  lookupSubmit: 'Consultar estado',
  lookupAnother: 'Consultar otra solicitud',
  lookupNotFound: 'No encontramos una solicitud con esos datos. Revíselos e intente de nuevo.',
  lookupRateLimited: 'Demasiados intentos. Espere unos minutos e intente de nuevo.',
  formErrors: 'Hay un problema: {errors}',
};

/** Registered language packs, by lower-case tag. English and Spanish are built in. */
const packs = new Map<string, Partial<Messages>>([
  ['en', en],
  ['es', es],
]);

/** Adds or extends a language: missing keys fall back to English. */
export function registerLanguage(tag: string, messages: Partial<Messages>): void {
  const key = tag.toLowerCase();
  packs.set(key, { ...packs.get(key), ...messages });
}

/** Tags pages use that name a pack by another tag. */
const ALIASES: Record<string, string> = {
  zh: 'zh-hans', 'zh-cn': 'zh-hans', 'zh-sg': 'zh-hans', 'zh-tw': 'zh-hant', 'zh-hk': 'zh-hant', 'zh-mo': 'zh-hant', fil: 'tl',
};

/** The registered tag that best serves `lang`: exact, else with subtags dropped one by one ("zh-Hant-TW", "zh-Hant"), else English. */
export function resolveLanguage(lang: string): string {
  for (let tag = lang.toLowerCase(); tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    const known = packs.has(tag) ? tag : ALIASES[tag];
    if (known && packs.has(known)) return known;
  }
  return 'en';
}

/** English, then the language's pack, then the page's overrides. */
export function messagesFor(lang: string, overrides?: Partial<Messages>): Messages {
  return { ...en, ...packs.get(resolveLanguage(lang)), ...overrides };
}

/** Fills `{name}` placeholders. Values are inserted as text by Lit, never as HTML. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
