// The generated TypeScript model makes the full-replace PUT safe at compile time: a profile body without
// any one of the 17 keys does not type-check, and the compiler's error names the missing key.
// Run: node --test clients/typescript/profile-body.test.mjs (after the client is generated and TypeScript
// is installed into target/ci-tools; clients/check-generated-clients.sh does both).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const ts = createRequire(import.meta.url)(
  process.env.TYPESCRIPT_MODULE ?? join(root, 'target', 'ci-tools', 'node_modules', 'typescript'));
const clientSource = join(root, 'target', 'clients', 'typescript', 'src');

/** A complete profile body: every one of the 17 keys, optional text fields written as "". */
const COMPLETE_BODY = {
  address: '',
  city: '',
  contactType: '',
  country: 'Germany',
  email: 'grace.hopper@example.com',
  firstName: 'Grace',
  jobTitle: '',
  lastName: 'Hopper',
  mobilePhone: '',
  phone: '+49 30 1234567',
  preferredLanguage: 'English',
  secondaryEmail: '',
  sessionTimeOut: 3600,
  state: '',
  tfaEnabled: false,
  timeZone: 'Europe/Berlin',
  zipCode: '',
};
const KEYS = Object.keys(COMPLETE_BODY);

const MISSING_PROPERTY = 2741; // Property 'x' is missing in type '...' but required in type '...'.
const UNKNOWN_PROPERTY = 2353; // Object literal may only specify known properties, and 'x' does not exist ...
const NOT_ASSIGNABLE = 2322; // Type 'null' is not assignable to type 'string'.

function objectLiteral(body) {
  const members = Object.entries(body).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`);
  return `{\n${members.join('\n')}\n}`;
}

function bodyWithout(key) {
  return Object.fromEntries(Object.entries(COMPLETE_BODY).filter(([name]) => name !== key));
}

function declaration(body) {
  return `import type { UserProfileUpdate } from ${JSON.stringify(join(clientSource, 'models', 'index'))};\n`
    + `export const body: UserProfileUpdate = ${objectLiteral(body)};\n`;
}

/** The TypeScript sources to check, by name: each one a body (or an API call) the compiler must judge. */
function cases() {
  const sources = { complete: declaration(COMPLETE_BODY) };
  for (const key of KEYS) {
    sources[`without-${key}`] = declaration(bodyWithout(key));
  }
  sources['with-response-only-uiIdentityId'] = declaration({ ...COMPLETE_BODY, uiIdentityId: 'A-B-1CDEFG' });
  sources['city-null'] = declaration({ ...COMPLETE_BODY, city: null });
  sources['api-call-without-email'] =
    `import { UsersApi } from ${JSON.stringify(join(clientSource, 'apis', 'index'))};\n`
    + 'export function send(api: UsersApi) {\n'
    + `  return api.updateUserProfile({ uiIdentityId: 'A-B-1CDEFG', userProfileUpdate: ${objectLiteral(bodyWithout('email'))} });\n`
    + '}\n';
  return sources;
}

let program;
const files = {};

before(() => {
  const configPath = join(here, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  assert.equal(config.error, undefined, 'clients/typescript/tsconfig.json must parse');
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, here);
  const folder = mkdtempSync(join(tmpdir(), 'iam-profile-body-'));
  for (const [name, source] of Object.entries(cases())) {
    files[name] = join(folder, `${name}.ts`);
    writeFileSync(files[name], source);
  }
  program = ts.createProgram(Object.values(files), options);
});

/** The compiler's errors for one case, each with its code, message and the source text it points at. */
function errorsOf(name) {
  const sourceFile = program.getSourceFile(files[name]);
  assert.ok(sourceFile, `the compiler did not load ${files[name]}`);
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
    .map((d) => ({
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
      at: sourceFile.text.substr(d.start, d.length),
    }));
}

test('the compiler options themselves are valid', () => {
  assert.deepEqual([...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')), []);
});

test('a complete profile body, optional text fields written as "", type-checks', () => {
  assert.deepEqual(errorsOf('complete'), []);
});

for (const key of KEYS) {
  test(`a profile body without ${key} does not type-check, and the error names ${key}`, () => {
    const errors = errorsOf(`without-${key}`);
    assert.equal(errors.length, 1,
      `the generated UserProfileUpdate must require ${key} (one compiler error expected); got ${JSON.stringify(errors)}`);
    assert.equal(errors[0].code, MISSING_PROPERTY, errors[0].message);
    assert.match(errors[0].message, new RegExp(`^Property '${key}' is missing in type .* but required in type 'UserProfileUpdate'`));
  });
}

test('a response-only member (uiIdentityId) in a profile body does not type-check', () => {
  const errors = errorsOf('with-response-only-uiIdentityId');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, UNKNOWN_PROPERTY, errors[0].message);
  assert.match(errors[0].message, /'uiIdentityId' does not exist in type 'UserProfileUpdate'/);
});

test('null in place of a text field does not type-check; "no value" is written as ""', () => {
  const errors = errorsOf('city-null');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, NOT_ASSIGNABLE, errors[0].message);
  assert.equal(errors[0].at, 'city');
});

test('UsersApi.updateUserProfile refuses an incomplete body at compile time, naming the missing key', () => {
  const errors = errorsOf('api-call-without-email');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, MISSING_PROPERTY, errors[0].message);
  assert.match(errors[0].message, /^Property 'email' is missing in type .* but required in type 'UserProfileUpdate'/);
});
