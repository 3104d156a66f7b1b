import { useCallback, useState, type ChangeEvent } from 'react';
import type { FieldErrors } from './field-errors';

type InputChange = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/**
 * Text values of a form and their errors. Typing into a field clears its error; values are never
 * reset by an error, so nothing the user typed is lost.
 */
export function useFormValues<T extends Record<string, string>>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const setValue = useCallback((name: keyof T & string, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => (previous[name] === undefined ? previous : { ...previous, [name]: undefined }));
  }, []);

  const field = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: InputChange) => {
      setValue(name, event.currentTarget.value);
    },
  });

  return { values, setValues, setValue, errors, setErrors, field };
}
