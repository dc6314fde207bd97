/** What an admin or therapist reads after saving availability and booking settings. */
export const SETTINGS_MESSAGES = {
  hoursSaved: "Working week saved. Online booking offers the new hours from now on.",
  timeOffAdded: "Time off added. Appointments already booked then stay: move them from the calendar.",
  typeSaved: "Appointment type saved.",
  typeAdded: "Appointment type added.",
  rulesSaved: "Booking rules saved.",
  fixErrors: "Some entries need fixing; see the messages next to them.",
} as const;

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
