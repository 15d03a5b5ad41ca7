// `npm run draw:verify -- <period> [--server URL] [--type T]`: fetches a
// period's published draws from the central API and checks each one: the
// seed hashes to the hash published before the pool froze, and the draw
// run again (the same function the server ran) gives the published winners.
// Exit 0 when every draw matches, 1 when one does not (or none is drawn),
// 2 for a wrong command line.
import { parseArgs } from 'node:util';
import { periodDrawsSchema } from '../shared/contract/periods.ts';
import { API_PATHS, apiPath } from '../shared/contract/paths.ts';
import { verifyDraw } from '../server/draw/verify.ts';

const USAGE = 'usage: npm run draw:verify -- <period, e.g. 202703> [--server http://127.0.0.1:8787] [--type regular_lottery]';

function readArgs() {
  try {
    const { values, positionals } = parseArgs({
      options: { server: { type: 'string', default: 'http://127.0.0.1:8787' }, type: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1 || !/^\d{6}$/.test(positionals[0]!)) throw new Error('one period (6 digits) is needed');
    return { period: positionals[0]!, server: values.server, type: values.type };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const args = readArgs();
const url = new URL(apiPath(API_PATHS.periodDraws, { id: args.period }), args.server);
const response = await fetch(url).catch((error: unknown) => {
  console.error(`cannot reach ${url.origin}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`${url}: HTTP ${response.status}`);
  process.exit(1);
}
const published = periodDrawsSchema.safeParse(await response.json());
if (!published.success) {
  console.error(`${url}: not a published draw: ${published.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
  process.exit(1);
}
const draws = published.data.draws.filter((draw) => args.type === undefined || draw.applicationType === args.type);
if (draws.length === 0) {
  console.error(`period ${args.period} has no lottery draw${args.type ? ` of ${args.type}` : ''}`);
  process.exit(1);
}
let allMatch = true;
for (const draw of draws) {
  const check = verifyDraw(draw);
  const counts = draw.pool ? ` (${draw.winners?.length ?? 0} winners of ${draw.pool.length} applicants, ${draw.pool.reduce((sum, entry) => sum + entry.codes, 0)} codes)` : '';
  if (check.ok) console.log(`${args.period} ${draw.applicationType}: matches${counts}`);
  else console.log(`${args.period} ${draw.applicationType}: DOES NOT MATCH: ${check.problems.join('; ')}`);
  allMatch &&= check.ok;
}
process.exit(allMatch ? 0 : 1);
