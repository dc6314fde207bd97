import { NotFoundMessage } from "@/components/not-found-message";

/** Inside the signed-in frame, whose main landmark already holds it (one main per page). */
export default function NotFound() {
  return <NotFoundMessage />;
}
