#!/usr/bin/env node
// The `dateline` command. The source is TypeScript, run through tsx: no build step between a
// checkout and a running site (docs/decisions/0001-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
