#!/usr/bin/env node
// The checker is written in TypeScript beside the engine it runs; tsx loads it without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process);
