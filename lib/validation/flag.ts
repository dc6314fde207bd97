import { z } from "@/lib/validation/zod";
import { isoDate, optionalText, pastDate, requiredText } from "./fields";

export const referralSchema = z.object({
  referredTo: requiredText("Referred to", 200),
  referredOn: isoDate("Referral date"),
  referralNote: optionalText("Referral note", 1000),
});

export const clearanceSchema = z.object({
  clearedBy: requiredText("Cleared by", 200),
  clearedOn: pastDate("Clearance date"),
  clearanceNote: optionalText("Clearance note", 1000),
});
