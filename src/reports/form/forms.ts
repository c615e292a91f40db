import type { FormDefinition } from "./types.js";
import { reportFormV1 } from "./v1.js";

/** Every form version ever used, so an old submission is always shown with the form it answered. */
const forms = new Map<string, FormDefinition>([[reportFormV1.version, reportFormV1]]);

/** The form new drafts answer. A new quarter's form: add a file, register it here, point this at it. */
export const currentForm: FormDefinition = reportFormV1;

export function formByVersion(version: string): FormDefinition {
  const form = forms.get(version);
  if (!form) throw new Error(`unknown report form version ${version}`);
  return form;
}

export function registerForm(form: FormDefinition): void {
  forms.set(form.version, form);
}
