// Types of the plain-JS rule, for the tests that import it.
import type { Rule } from 'eslint';

declare const importLayers: Rule.RuleModule;
export default importLayers;
