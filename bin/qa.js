#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx qa …` works from a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../app/main.ts');
