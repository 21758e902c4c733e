import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

/** Each user lands on their own home page according to their roles. */
export default async function HomePage() {
  const user = await requireUser();
  if (user.mustChangePassword) redirect("/account?must=1");
  redirect(homePathFor(user.roles));
}
