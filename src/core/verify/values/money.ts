// Sums of money: comparable only in one currency ("24000000000 USD" never meets "EUR"); the
// number rules of ./numbers.ts, blocks by order of magnitude.
import { numericFamily } from './numbers';

export const MONEY = numericFamily('money', ['money'], (v) => `money ${v.canonical.split(' ')[1] ?? ''}`);
