-- The consolidated list's search is a LIKE '%…%' on the folded content (migration
-- initiative_content_folded), which read every row of the campaign: ~10 ms of PostgreSQL per count at
-- 20,000 initiatives, growing with the data. A trigram index serves it (2-3 ms for a common phrase,
-- well under 1 ms for a rare word, on the same data).
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it
-- without being a superuser. The embedded database is opened with it (lib/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Initiative_contentFolded_idx" ON "Initiative" USING GIN ("contentFolded" gin_trgm_ops);
