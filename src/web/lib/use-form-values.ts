import { useCallback, useState, type ChangeEvent } from 'react';
import type { ErrorCode } from '../../shared/contracts/common';
import type { Catalog } from '../../shared/i18n/catalog';
import { ApiError } from './api-client';
import { placeFieldErrors, type FieldErrors } from './field-errors';

type InputChange = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/**
 * Text values of a form, their field errors and the form-level error. Typing into a field clears
 * its error; values are never reset by an error, so nothing the user typed is lost.
 */
export function useFormValues<T extends Record<string, string>>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);

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

  /**
   * Puts a failed save where the user looks: under the fields it concerns (validation details, or a
   * code tied to one field such as EMAIL_TAKEN), else in the form's alert. Returns true if placed on fields.
   */
  const applyError = (
    error: unknown,
    t: Catalog,
    fieldByCode: Partial<Record<ErrorCode, keyof T & string>> = {},
  ) => {
    let placed: FieldErrors | null = null;
    if (error instanceof ApiError && error.code !== 'NETWORK_ERROR' && error.code !== 'UNEXPECTED_RESPONSE') {
      const codeField = fieldByCode[error.code];
      if (codeField) placed = { [codeField]: t.errors[error.code] };
    }
    placed ??= placeFieldErrors(error, t, values);
    if (placed) {
      setErrors(placed);
      setFormError(null);
      return true;
    }
    setFormError(error);
    return false;
  };

  return { values, setValues, setValue, errors, setErrors, formError, setFormError, applyError, field };
}
