// What the generated TypeScript models (IAM v2 and v3) guarantee for the full-replace PUT at compile time.
// v2: a profile body without any one of its 17 keys does not type-check (the error names the key); "no value"
//   is written as "".
// v3: a body without any one of the 8 keys that always hold a value (firstName, lastName, email, country,
//   preferredLanguage, timeZone, sessionTimeOut, additionalAuthentication) does not type-check; the 9 optional
//   text fields may be left out, because leaving a key out is how v3 writes "no value". A key left out also
//   erases a stored value, and the type system cannot tell a cleared field from a dropped one: a v3 client
//   must build the body from a GET of the user. TypeScript cannot express minLength either, so "" in an
//   optional field type-checks (the server refuses it).
// Both: null, an unknown key (uiIdentityId) and the other version's key do not type-check.
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
/** The generated client's sources of an API version. */
const clientSource = (version) => join(root, 'target', 'clients', version, 'typescript', 'src');

/** A complete v2 profile body: every one of the 17 keys, optional text fields written as "". */
const COMPLETE_V2 = {
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
/** A v3 body in which every field holds a value, as a GET of such a user gives it. */
const FULL_V3 = {
  address: '150 Broadway',
  additionalAuthentication: 'NONE',
  city: 'Cambridge',
  contactType: 'Technical Decision Maker',
  country: 'USA',
  email: 'grace.hopper@example.com',
  firstName: 'Grace',
  jobTitle: 'Rear Admiral',
  lastName: 'Hopper',
  mobilePhone: '(617) 555-0199',
  phone: '6175550100',
  preferredLanguage: 'English',
  secondaryEmail: 'grace@example.org',
  sessionTimeOut: 3600,
  state: 'MA',
  timeZone: 'America/New_York',
  zipCode: '02142',
};
/** The v3 keys that always hold a value: the only ones its UserProfileUpdate requires. */
const ALWAYS_PRESENT_V3 = ['firstName', 'lastName', 'email', 'country', 'preferredLanguage', 'timeZone',
  'sessionTimeOut', 'additionalAuthentication'];
/** The v3 optional text fields: left out when they have no value (and a key left out erases the field). */
const OPTIONAL_V3 = Object.keys(FULL_V3).filter((key) => !ALWAYS_PRESENT_V3.includes(key));
/** A v3 body of a user whose optional text fields all have no value: each of them left out. */
const ONLY_ALWAYS_PRESENT_V3 = Object.fromEntries(ALWAYS_PRESENT_V3.map((key) => [key, FULL_V3[key]]));

const COMPLETE = { v2: COMPLETE_V2, v3: FULL_V3 };
/** The keys the compiler must require, per version. */
const REQUIRED = { v2: Object.keys(COMPLETE_V2), v3: ALWAYS_PRESENT_V3 };
const VERSIONS = Object.keys(COMPLETE);

const MISSING_PROPERTY = 2741; // Property 'x' is missing in type '...' but required in type '...'.
const UNKNOWN_PROPERTY = 2353; // Object literal may only specify known properties, and 'x' does not exist ...
const NOT_ASSIGNABLE = 2322; // Type 'null' is not assignable to type 'string' (or 'string | undefined').

function objectLiteral(body) {
  const members = Object.entries(body).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`);
  return `{\n${members.join('\n')}\n}`;
}

function bodyWithout(version, key) {
  return Object.fromEntries(Object.entries(COMPLETE[version]).filter(([name]) => name !== key));
}

function declaration(version, body) {
  return `import type { UserProfileUpdate } from ${JSON.stringify(join(clientSource(version), 'models', 'index'))};\n`
    + `export const body: UserProfileUpdate = ${objectLiteral(body)};\n`;
}

function apiCall(version, body) {
  return `import { UsersApi } from ${JSON.stringify(join(clientSource(version), 'apis', 'index'))};\n`
    + 'export function send(api: UsersApi) {\n'
    + `  return api.updateUserProfile({ uiIdentityId: 'A-B-1CDEFG', userProfileUpdate: ${objectLiteral(body)} });\n`
    + '}\n';
}

/** The TypeScript sources to check, by name: each one a body (or an API call) the compiler must judge. */
function cases() {
  const sources = {};
  for (const version of VERSIONS) {
    const complete = COMPLETE[version];
    sources[`${version}-complete`] = declaration(version, complete);
    for (const key of Object.keys(complete)) {
      sources[`${version}-without-${key}`] = declaration(version, bodyWithout(version, key));
    }
    sources[`${version}-with-response-only-uiIdentityId`] =
      declaration(version, { ...complete, uiIdentityId: 'A-B-1CDEFG' });
    for (const key of ['email', 'city']) {
      sources[`${version}-${key}-null`] = declaration(version, { ...complete, [key]: null });
    }
    sources[`${version}-api-call-without-email`] = apiCall(version, bodyWithout(version, 'email'));
  }
  sources['v3-only-always-present'] = declaration('v3', ONLY_ALWAYS_PRESENT_V3);
  sources['v3-api-call-only-always-present'] = apiCall('v3', ONLY_ALWAYS_PRESENT_V3);
  sources['v3-city-empty'] = declaration('v3', { ...FULL_V3, city: '' });
  sources['v3-with-v2-tfaEnabled'] = declaration('v3', { ...FULL_V3, tfaEnabled: true });
  sources['v2-with-v3-additionalAuthentication'] =
    declaration('v2', { ...COMPLETE_V2, additionalAuthentication: 'TFA' });
  sources['v3-additionalAuthentication-SMS'] = declaration('v3', { ...FULL_V3, additionalAuthentication: 'SMS' });
  for (const method of ['TFA', 'MFA', 'NONE']) {
    sources[`v3-additionalAuthentication-${method}`] =
      declaration('v3', { ...FULL_V3, additionalAuthentication: method });
  }
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

test('the keys under test are the 17 of each version, and v3 splits them into 8 required and 9 optional', () => {
  assert.equal(Object.keys(COMPLETE_V2).length, 17);
  assert.equal(Object.keys(FULL_V3).length, 17);
  assert.deepEqual([ALWAYS_PRESENT_V3.length, OPTIONAL_V3.length], [8, 9]);
  assert.deepEqual([...OPTIONAL_V3].sort(), ['address', 'city', 'contactType', 'jobTitle', 'mobilePhone', 'phone',
    'secondaryEmail', 'state', 'zipCode']);
});

test('v2: a complete profile body, optional text fields written as "", type-checks', () => {
  assert.deepEqual(errorsOf('v2-complete'), []);
});

test('v3: a profile body in which every field holds a value type-checks', () => {
  assert.deepEqual(errorsOf('v3-complete'), []);
});

test('v3: a profile body of only the 8 always-present keys type-checks (v3 writes "no value" by leaving the key out)', () => {
  assert.deepEqual(errorsOf('v3-only-always-present'), []);
  assert.deepEqual(errorsOf('v3-api-call-only-always-present'), []);
});

for (const key of OPTIONAL_V3) {
  test(`v3: a profile body without the optional ${key} type-checks (left out: no value, and a stored one is erased)`, () => {
    assert.deepEqual(errorsOf(`v3-without-${key}`), []);
  });
}

test('v3: "" in an optional text field type-checks: TypeScript cannot express minLength 1 (the server refuses "")', () => {
  assert.deepEqual(errorsOf('v3-city-empty'), []);
});

for (const version of VERSIONS) {
  for (const key of REQUIRED[version]) {
    test(`${version}: a profile body without ${key} does not type-check, and the error names ${key}`, () => {
      const errors = errorsOf(`${version}-without-${key}`);
      assert.equal(errors.length, 1,
        `the generated ${version} UserProfileUpdate must require ${key} (one compiler error expected); got ${JSON.stringify(errors)}`);
      assert.equal(errors[0].code, MISSING_PROPERTY, errors[0].message);
      assert.match(errors[0].message, new RegExp(`^Property '${key}' is missing in type .* but required in type 'UserProfileUpdate'`));
    });
  }

  test(`${version}: a response-only member (uiIdentityId) in a profile body does not type-check`, () => {
    const errors = errorsOf(`${version}-with-response-only-uiIdentityId`);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].code, UNKNOWN_PROPERTY, errors[0].message);
    assert.match(errors[0].message, /'uiIdentityId' does not exist in type 'UserProfileUpdate'/);
  });

  for (const key of ['email', 'city']) {
    test(`${version}: null in place of ${key} does not type-check`, () => {
      const errors = errorsOf(`${version}-${key}-null`);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0].code, NOT_ASSIGNABLE, errors[0].message);
      assert.equal(errors[0].at, key);
    });
  }

  test(`${version}: UsersApi.updateUserProfile refuses a body without email at compile time, naming it`, () => {
    const errors = errorsOf(`${version}-api-call-without-email`);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].code, MISSING_PROPERTY, errors[0].message);
    assert.match(errors[0].message, /^Property 'email' is missing in type .* but required in type 'UserProfileUpdate'/);
  });
}

test('v3: the v2-only tfaEnabled in a v3 profile body does not type-check', () => {
  const errors = errorsOf('v3-with-v2-tfaEnabled');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, UNKNOWN_PROPERTY, errors[0].message);
  assert.match(errors[0].message, /'tfaEnabled' does not exist in type 'UserProfileUpdate'/);
});

test('v2: the v3-only additionalAuthentication in a v2 profile body does not type-check', () => {
  const errors = errorsOf('v2-with-v3-additionalAuthentication');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, UNKNOWN_PROPERTY, errors[0].message);
  assert.match(errors[0].message, /'additionalAuthentication' does not exist in type 'UserProfileUpdate'/);
});

test('v3: additionalAuthentication takes TFA, MFA or NONE and nothing else', () => {
  for (const method of ['TFA', 'MFA', 'NONE']) {
    assert.deepEqual(errorsOf(`v3-additionalAuthentication-${method}`), [], method);
  }
  const errors = errorsOf('v3-additionalAuthentication-SMS');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, NOT_ASSIGNABLE, errors[0].message);
  assert.equal(errors[0].at, 'additionalAuthentication');
});
