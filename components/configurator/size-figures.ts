/**
 * The figures each size gives the values that choose one (lib/chart/sizes.ts sizeFiguresByPath), worked out where
 * the page is built and handed down to the form's field descriptions: the sizes table stays out of the bundle.
 */
import { createContext } from 'react';

export type SizeFigures = Record<string, Array<{ size: string; text: string }>>;

export const SizeFiguresContext = createContext<SizeFigures>({});
