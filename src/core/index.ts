// The pure domain: model, errors, ids. Cleaning, extraction, verification and the brief live in
// their own folders beside this file.
export * from './errors';
export * from './ids';
export * from './model';
