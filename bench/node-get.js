// The Node side of bench/startup.sh: one signed GET of a user with Akamai's own signer
// (akamai-edgegrid), the same request `iam-user get` makes. Usage: node bench/node-get.js EDGERC SECTION ID
// (akamai-edgegrid is found through NODE_PATH; bench/startup.sh installs it into target/node).
const EdgeGrid = require('akamai-edgegrid');
const [edgerc, section, id] = process.argv.slice(2);
const eg = new EdgeGrid({ path: edgerc, section });
eg.auth({
  path: `/identity-management/v3/user-admin/ui-identities/${encodeURIComponent(id)}`,
  method: 'GET',
  qs: { actions: 'false', authGrants: 'false', notifications: 'false' },
  headers: {},
});
// akamai-edgegrid always signs and sends https; the local sandbox speaks plain http on loopback (the
// CLI does the same for a loopback host), so only the scheme on the wire changes, not what is signed.
eg.request.url = eg.request.url.replace(/^https:\/\/(127\.0\.0\.1|localhost)([:/])/, 'http://$1$2');
eg.send((error, response, body) => {
  if (error) {
    console.error(error.response ? `${error.response.status} ${JSON.stringify(error.response.data)}` : error.message);
    process.exit(1);
  }
  console.log(body);
});
