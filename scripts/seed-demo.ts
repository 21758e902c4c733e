/** `npm run seed:demo`: loads the demo data into an empty database (DATABASE_URL or the embedded one). */
import { getDbStandalone } from "./standalone-db";
import { seedDemoIfEmpty } from "../prisma/seed/demo";

async function main() {
  const { prisma, close } = await getDbStandalone();
  const seeded = await seedDemoIfEmpty(prisma);
  console.log(seeded ? "Demo data loaded." : "The database already has data: nothing loaded.");
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
