import { notFound } from "next/navigation";
import { DomainError } from "@/lib/actions/result";

/** For pages: a query's NOT_FOUND error (missing or not allowed) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof DomainError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
