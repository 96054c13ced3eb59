// Percentages and shares: comparable within one unit ("percent", "percentage points" apart); the
// number rules of ./numbers.ts.
import { numericFamily } from './numbers';

export const PERCENT = numericFamily('percent', ['percent'], (v) => `percent ${v.unit ?? ''}`);
