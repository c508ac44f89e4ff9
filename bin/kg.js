#!/usr/bin/env node
// The `kg` command. Sources are TypeScript run through tsx's loader, so a checkout works
// right after `npm ci` with no build step (worker threads register the same loader).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/kg.ts');
