// The generated TypeScript models (IAM v2 and v3) make the full-replace PUT safe at compile time: a profile
// body without any one of its 17 keys does not type-check, and the compiler's error names the missing key.
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
/** A complete v3 profile body: the 16 keys shared with v2, and additionalAuthentication in place of tfaEnabled. */
const { tfaEnabled: _v2Only, ...SHARED } = COMPLETE_V2;
const COMPLETE_V3 = { ...SHARED, additionalAuthentication: 'NONE' };
const COMPLETE = { v2: COMPLETE_V2, v3: COMPLETE_V3 };
const VERSIONS = Object.keys(COMPLETE);

const MISSING_PROPERTY = 2741; // Property 'x' is missing in type '...' but required in type '...'.
const UNKNOWN_PROPERTY = 2353; // Object literal may only specify known properties, and 'x' does not exist ...
const NOT_ASSIGNABLE = 2322; // Type 'null' is not assignable to type 'string'.

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
    sources[`${version}-city-null`] = declaration(version, { ...complete, city: null });
    sources[`${version}-api-call-without-email`] =
      `import { UsersApi } from ${JSON.stringify(join(clientSource(version), 'apis', 'index'))};\n`
      + 'export function send(api: UsersApi) {\n'
      + `  return api.updateUserProfile({ uiIdentityId: 'A-B-1CDEFG', userProfileUpdate: ${objectLiteral(bodyWithout(version, 'email'))} });\n`
      + '}\n';
  }
  sources['v3-with-v2-tfaEnabled'] = declaration('v3', { ...COMPLETE_V3, tfaEnabled: true });
  sources['v2-with-v3-additionalAuthentication'] =
    declaration('v2', { ...COMPLETE_V2, additionalAuthentication: 'TFA' });
  sources['v3-additionalAuthentication-SMS'] = declaration('v3', { ...COMPLETE_V3, additionalAuthentication: 'SMS' });
  for (const method of ['TFA', 'MFA', 'NONE']) {
    sources[`v3-additionalAuthentication-${method}`] =
      declaration('v3', { ...COMPLETE_V3, additionalAuthentication: method });
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

for (const version of VERSIONS) {
  test(`${version}: a complete profile body, optional text fields written as "", type-checks`, () => {
    assert.deepEqual(errorsOf(`${version}-complete`), []);
  });

  for (const key of Object.keys(COMPLETE[version])) {
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

  test(`${version}: null in place of a text field does not type-check; "no value" is written as ""`, () => {
    const errors = errorsOf(`${version}-city-null`);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].code, NOT_ASSIGNABLE, errors[0].message);
    assert.equal(errors[0].at, 'city');
  });

  test(`${version}: UsersApi.updateUserProfile refuses an incomplete body at compile time, naming the missing key`, () => {
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
