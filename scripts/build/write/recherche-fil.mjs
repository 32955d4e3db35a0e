// Entry of the search index's worker thread: Node's workers do not inherit tsx's loader.
import { tsImport } from 'tsx/esm/api';

await tsImport('./recherche-fil.ts', import.meta.url);
