import { createContext } from 'react';
import type { ObstacleGrid } from '../flow-routes.ts';

/** The canvas's obstacle grid (flow-routes.ts), built once per layout by the canvas, read by each flow as it is drawn. */
export const ObstacleContext = createContext<ObstacleGrid | null>(null);
