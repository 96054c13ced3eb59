// Counts and quantities: "412 petitions", "15 tonnes", "magnitude 6.8". Comparable within one
// unit (none for a count; a quantity's unit, a scale's name); the number rules of ./numbers.ts.
import { numericFamily } from './numbers';

export const AMOUNT = numericFamily('amount', ['count', 'quantity'], (v) => `amount ${v.unit ?? ''}`);
