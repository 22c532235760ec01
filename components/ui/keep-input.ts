import type { FormEvent } from "react";

/**
 * onSubmit for a form whose handler reads FormData. Used instead of `<form action={fn}>`, which
 * React resets after every submission: a failed validation would clear what the user typed.
 */
export const keepInput =
  (submit: (form: FormData) => void) =>
  (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
