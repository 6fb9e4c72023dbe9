// A form's state: its values as typed, what binds each to its field, and the request that saves them.
import type { UseMutationResult } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import type { FormErrors } from './useFormErrors.ts';

/** Changes one value of a form. */
export type SetValue<V> = <K extends keyof V>(key: K, value: V[K]) => void;

/**
 * A form's values as the person fills it in: `set` changes one, `setValues` several at once (choosing
 * Done fills in the day it was finished).
 */
export function useFormValues<V extends object>(initial: V) {
  const [values, setValues] = useState(initial);
  const set: SetValue<V> = (key, value) => setValues((prev) => ({ ...prev, [key]: value }));
  return { values, set, setValues };
}

/** The keys of values typed as text: what a native input, text area or select edits. */
type TextKey<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V] & string;

/**
 * What ties each field of a form to its value and its entry in the form's field map, to spread on the
 * field: `field(key)` for a native input, text area or select (a select's value is one of its own
 * options), `control(key)` for a component that hands back the value itself (a skills picker, a goal
 * select). `path` is the API's name for the value when the form's differs (`skillIds` for `skills`).
 */
export function bindFields<V>(errors: FormErrors, values: V, set: SetValue<V>) {
  return {
    field: <K extends TextKey<V>>(key: K, path: string = key) => ({
      ...errors.bind(path),
      value: values[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        set(key, event.target.value as V[K]),
    }),
    control: <K extends keyof V & string>(key: K, path: string = key) => ({
      ...errors.bind(path),
      value: values[key],
      onChange: (value: V[K]) => set(key, value),
    }),
  };
}

/**
 * The error of a field that holds a list: the API names a refused item by its place in it
 * (`skillIds.2`), and the field says it too.
 */
export function listError(errors: FormErrors, path: string): string | undefined {
  return errors.field(path) ?? errors.issues.find((i) => i.path.startsWith(`${path}.`))?.message;
}

/**
 * The request of a form that adds an item or changes one: `save` creates it while there is none yet,
 * else updates that one; `mutation` is the request in play, for the form's pending state and errors.
 */
export function createOrUpdate<Saved, Created, Changed>(
  existing: { id: string } | undefined,
  create: UseMutationResult<Saved, Error, Created>,
  update: UseMutationResult<Saved, Error, { id: string; body: Changed }>,
) {
  return {
    mutation: existing ? update : create,
    save(body: Created & Changed, onSuccess: (saved: Saved) => void) {
      if (existing) update.mutate({ id: existing.id, body }, { onSuccess });
      else create.mutate(body, { onSuccess });
    },
  };
}
