// Worker bootstrap: registers tsx's loader (as bin/kg.js does), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
