import { handlers } from "@/lib/auth/config";
import { withPublicSession } from "@/lib/auth/public-session";

export const GET = withPublicSession(handlers.GET);
export const POST = handlers.POST;
