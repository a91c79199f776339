// The engine behind comlink: plain JSON in, plain JSON out. The UI thread never runs `evaluate`.
import { expose } from 'comlink';
import { createEngineApi } from './engine-api.ts';

expose(createEngineApi());
