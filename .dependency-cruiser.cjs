/**
 * The layering check (`npm run lint:deps`, part of `npm test`): no import
 * circle anywhere in packages/*\/src, and inside packages/core/src every
 * module imports only from its own layer or the layers below it, in the
 * order of DESIGN.md §2. Type-only imports count: a type that lives in the
 * wrong layer ties the layers together just the same.
 */

/**
 * packages/core/src from the ground up; each entry is one layer: folders
 * (`name/`) and files. Beside DESIGN.md §2's order: the root files (ids,
 * memo, config) are ground; store/ (PeerTime) sits on proto; transports/
 * (the links) sit on comm, whose LinkEvents they share; and election/ is
 * below channel/, whose leadership part runs the election.
 */
const CORE_LAYERS = [
  ['runtime/', 'ids.ts', 'memo.ts', 'config.ts', 'config/'],
  ['proto/'],
  ['contracts/'],
  ['store/'],
  ['crypto/'],
  ['comm/'],
  ['transports/'],
  ['discovery/'],
  ['emitter/'],
  ['pull/'],
  ['election/'],
  ['channel/'],
  ['gossip/'],
  ['index.ts', 'node.ts', 'bench/'],
];

const CORE = '^packages/core/src/';
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const layerPath = (layer) =>
  `${CORE}(${layer.map((entry) => escapeRegExp(entry) + (entry.endsWith('/') ? '' : '$')).join('|')})`;

/** One rule per layer: nothing in it imports from a layer above it. */
const layerRules = CORE_LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer[0].replace(/[/.]/g, '')}`,
  comment: `${layer.join(', ')} may import only from itself and the layers below it (DESIGN.md §2)`,
  severity: 'error',
  from: { path: layerPath(layer) },
  to: { path: layerPath(CORE_LAYERS.slice(i + 1).flat()) },
}));

/** Every module of core/src sits in a layer, so a new folder cannot slip past the ordering. */
const known = layerPath(CORE_LAYERS.flat());

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import circle: the modules on it cannot be read, tested or layered apart',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-gossip',
      comment:
        'gossip/ is the composition root: only the package face (index.ts) and the packages above core import it',
      severity: 'error',
      from: { path: CORE, pathNot: `${CORE}(gossip/|index\\.ts$|node\\.ts$|bench/)` },
      to: { path: `${CORE}gossip/` },
    },
    ...layerRules,
    {
      name: 'core-module-in-a-layer',
      comment:
        'every module of packages/core/src belongs to a layer in .dependency-cruiser.cjs (and DESIGN.md §2)',
      severity: 'error',
      from: { path: CORE, pathNot: known },
      to: {},
    },
  ],
  options: {
    includeOnly: '^packages/[^/]+/src/',
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    // Absolute, so the check's own test can run it on fixtures elsewhere.
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.tests.json') },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
