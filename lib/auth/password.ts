import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP password-storage minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string: verifying against it when the email is unknown costs the
// same time as a wrong password, so timing does not tell which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$OHbL5h+ABUQHYI90CBz+VA$eMyjwSbMtsvy6XY0m34DkqmBfdru991hEbS8it4vMEM";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? DUMMY_HASH, password);
  } catch {
    return false;
  }
}
