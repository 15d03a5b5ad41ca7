/** One card of a ChoiceGroup: the value it sets, its translated label and an optional line under it. */
export interface ChoiceOption<T extends string = string> {
  value: T;
  label: string;
  description?: string;
}

/** What FormField hands its control (`v-bind="control"` on KeyboardInput, PasswordInput, CheckTick, ChoiceGroup). */
export interface FieldControl {
  id: string;
  describedby: string | undefined;
  invalid: boolean;
}
