// A fieldset of radio buttons or checkboxes with its error, as the callback form uses them.
import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  required?: boolean;
  children?: ComponentChildren;
}

export function Choices({ name, legend, type, options, error, required = false, children }: Props) {
  const errorId = `${name}-error`;
  return (
    <fieldset id={`field-${name}`} class={error ? 'field field-error' : 'field'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error && <p class="error-text" id={errorId}>{error}</p>}
      <div class={type === 'checkbox' && options.length > 4 ? 'choices choices-grid' : 'choices'}>
        {options.map((o, i) => (
          <label key={o.value}>
            <input
              type={type}
              name={name}
              value={o.value}
              id={i === 0 ? `input-${name}` : undefined}
              required={required && type === 'radio'}
            />
            {o.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
