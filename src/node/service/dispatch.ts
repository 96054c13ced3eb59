// Runs one contract call: parse the argument with its schema, call the handler, wrap the outcome
// in the result envelope. Shared by the Electron IPC adapter and the e2e harness so the two
// transports cannot drift apart.
import { AttacheError, toErrorShape } from '../../core/errors';
import { calls, type CallArg, type CallName, type CallValue, type Result } from '../../shared/api';

export type Handlers = {
  [N in CallName]: (arg: CallArg<N>) => Promise<CallValue<N>>;
};

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

export async function dispatchCall(handlers: Handlers, name: string, rawArg: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'BAD_ARGUMENT', message: `Unknown call "${String(name).slice(0, 80)}".` } };
  }
  const parsed = calls[name].arg.safeParse(rawArg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: { code: 'BAD_ARGUMENT', message: `${name}: invalid argument${where}: ${issue?.message ?? 'rejected'}.` },
    };
  }
  try {
    const handler = handlers[name] as (arg: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toErrorShape(err) };
  }
}

/** For callers in the same process (CLI): unwraps the envelope, throwing the typed error. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AttacheError(result.error.code, result.error.message, {
    ...(result.error.file !== undefined ? { file: result.error.file } : {}),
    detail: result.error.detail,
  });
}
